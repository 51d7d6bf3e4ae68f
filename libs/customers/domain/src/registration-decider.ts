/**
 * A product registration (`registration-<id>`): a customer's product with the device serial and
 * the activation serial from the warranty card, checked against the product's formats; withdrawn
 * when it was a mistake or the device changed hands. Pure: the api passes the product as the
 * catalogue knows it and whether the serial is already registered elsewhere.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { CustomerActor, RegistrationEvent, SerialFormats } from './customers-events';
import { reject, type CustomersRejection } from './errors';
import { characters, checkSerial, versionIsValid } from './input-rules';
import { CUSTOMER_LIMITS } from './limits';

export interface CatalogueProduct {
  key: string;
  versions: readonly string[];
  serialFormats: SerialFormats;
}

export type RegistrationCommand =
  | {
      type: 'RegisterProduct';
      data: {
        registrationId: string;
        customerId: string;
        /** Whether the customer exists and was not merged away. */
        customerActive: boolean;
        /** The product as the catalogue has it, null when it has none with that key. */
        product: CatalogueProduct | null;
        version: string | null;
        deviceSerial: string;
        activationSerial: string;
        /** The registrations in force with this activation serial for this product (besides this one). */
        activationSerialTaken: boolean;
        at: string;
        by: CustomerActor;
      };
    }
  | {
      type: 'WithdrawRegistration';
      data: { registrationId: string; reason: string; at: string; by: CustomerActor };
    };

export interface RegistrationState {
  customerId: string | null;
  withdrawn: boolean;
}

export const registrationDecider: Decider<
  RegistrationCommand,
  RegistrationEvent,
  RegistrationState,
  CustomersRejection
> = {
  initialState: () => ({ customerId: null, withdrawn: false }),
  evolve(state, event) {
    switch (event.type) {
      case 'ProductRegistered':
        return { customerId: event.data.customerId, withdrawn: false };
      case 'ProductRegistrationWithdrawn':
        return { ...state, withdrawn: true };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'RegisterProduct': {
        const { registrationId, customerId, customerActive, product, at, by } = command.data;
        if (state.customerId !== null) return reject('CUSTOMER_SERIAL_REGISTERED');
        if (!customerActive) return reject('CUSTOMER_NOT_FOUND');
        if (!product) return reject('CUSTOMER_PRODUCT_NOT_FOUND');
        const version = command.data.version?.trim() || null;
        if (version !== null) {
          if (!versionIsValid(version)) return reject('CUSTOMER_VERSION_INVALID');
          if (!product.versions.includes(version)) return reject('CUSTOMER_VERSION_UNKNOWN');
        }
        const deviceSerial = checkSerial(product.serialFormats.deviceSerial, command.data.deviceSerial);
        if (!deviceSerial) return reject('CUSTOMER_DEVICE_SERIAL_INVALID');
        const activationSerial = checkSerial(product.serialFormats.activationSerial, command.data.activationSerial);
        if (!activationSerial) return reject('CUSTOMER_ACTIVATION_SERIAL_INVALID');
        if (command.data.activationSerialTaken) return reject('CUSTOMER_SERIAL_REGISTERED');
        return [
          {
            type: 'ProductRegistered',
            data: {
              registrationId,
              customerId,
              productKey: product.key,
              version,
              deviceSerial,
              activationSerial,
              at,
              by,
            },
          },
        ];
      }
      case 'WithdrawRegistration': {
        const { registrationId, at, by } = command.data;
        if (state.customerId === null) return reject('CUSTOMER_REGISTRATION_NOT_FOUND');
        if (state.withdrawn) return reject('CUSTOMER_REGISTRATION_WITHDRAWN');
        const reason = command.data.reason.trim();
        if (characters(reason) > CUSTOMER_LIMITS.reasonCharacters) return reject('CUSTOMER_REASON_TOO_LONG');
        return [
          {
            type: 'ProductRegistrationWithdrawn',
            data: { registrationId, customerId: state.customerId, reason, at, by },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};
