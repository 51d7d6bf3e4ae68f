/**
 * The product catalogue (`product-catalogue`, one stream): products with their serial formats,
 * renamed or given new formats, and their versions. Pure.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { CatalogueEvent, CustomerActor, SerialFormats } from './customers-events';
import { reject, type CustomersRejection } from './errors';
import { characters, dayIsValid, productKeyIsValid, serialFormatIsValid, versionIsValid } from './input-rules';
import { CUSTOMER_LIMITS } from './limits';

export type CatalogueCommand =
  | {
      type: 'DefineProduct' | 'ChangeProduct';
      data: { productKey: string; name: string; serialFormats: SerialFormats; at: string; by: CustomerActor };
    }
  | {
      type: 'AddProductVersion';
      data: { productKey: string; version: string; releasedOn: string | null; at: string; by: CustomerActor };
    };

export interface CatalogueState {
  /** Each product's versions, by product key. */
  products: Map<string, string[]>;
}

function checkProduct(name: string, formats: SerialFormats): CustomersRejection | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0 || characters(trimmed) > CUSTOMER_LIMITS.productNameCharacters || /[\n\r<>]/.test(trimmed))
    return reject('CUSTOMER_PRODUCT_NAME_INVALID');
  if (!serialFormatIsValid(formats.deviceSerial) || !serialFormatIsValid(formats.activationSerial))
    return reject('CUSTOMER_SERIAL_FORMAT_RULE_INVALID');
  return undefined;
}

const upperFormats = (formats: SerialFormats): SerialFormats => ({
  deviceSerial: formats.deviceSerial.toUpperCase(),
  activationSerial: formats.activationSerial.toUpperCase(),
});

export const catalogueDecider: Decider<CatalogueCommand, CatalogueEvent, CatalogueState, CustomersRejection> = {
  initialState: () => ({ products: new Map() }),
  evolve(state, event) {
    switch (event.type) {
      case 'ProductDefined': {
        const products = new Map(state.products);
        products.set(event.data.productKey, []);
        return { products };
      }
      case 'ProductChanged':
        return state;
      case 'ProductVersionAdded': {
        const products = new Map(state.products);
        products.set(event.data.productKey, [...(products.get(event.data.productKey) ?? []), event.data.version]);
        return { products };
      }
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'DefineProduct':
      case 'ChangeProduct': {
        const { productKey, name, serialFormats, at, by } = command.data;
        if (!productKeyIsValid(productKey)) return reject('CUSTOMER_PRODUCT_KEY_INVALID');
        const known = state.products.has(productKey);
        if (command.type === 'DefineProduct' && known) return reject('CUSTOMER_PRODUCT_EXISTS');
        if (command.type === 'ChangeProduct' && !known) return reject('CUSTOMER_PRODUCT_NOT_FOUND');
        const problem = checkProduct(name, serialFormats);
        if (problem) return problem;
        const data = { productKey, name: name.trim(), serialFormats: upperFormats(serialFormats), at, by };
        return [command.type === 'DefineProduct' ? { type: 'ProductDefined', data } : { type: 'ProductChanged', data }];
      }
      case 'AddProductVersion': {
        const { productKey, releasedOn, at, by } = command.data;
        const versions = state.products.get(productKey);
        if (!versions) return reject('CUSTOMER_PRODUCT_NOT_FOUND');
        const version = command.data.version.trim();
        if (!versionIsValid(version) || (releasedOn !== null && !dayIsValid(releasedOn)))
          return reject('CUSTOMER_VERSION_INVALID');
        if (versions.includes(version)) return reject('CUSTOMER_VERSION_EXISTS');
        return [{ type: 'ProductVersionAdded', data: { productKey, version, releasedOn, at, by } }];
      }
      default:
        return assertNever(command);
    }
  },
};
