/**
 * The product catalogue (admins define products, formats and versions; staff read it) and
 * product registrations (staff register a customer's device and activation serials, look a
 * registration up by serial, withdraw one).
 */
import type { SignedInStaff } from '@deskstream/access';
import { CUSTOMER_LIMITS, characters, checkSerial, normaliseSerial } from '@deskstream/customers-domain';
import type { CustomersReadModel, ProductRecord } from '@deskstream/customers-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import {
  actorsOf,
  checkCommandId,
  customerCommandError,
  customerError,
  isId,
  requireCatalogueAdmin,
  requireCustomerStaff,
} from './access';
import type { CustomersCommands, CustomersOutcome } from './commands';

export interface CatalogueResolverDeps {
  readModel: CustomersReadModel;
  commands: CustomersCommands;
  now: () => Date;
}

async function done<Event>(outcome: Promise<CustomersOutcome<Event>>): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw customerCommandError(result.error);
}

export function catalogueResolvers({ readModel, commands, now }: CatalogueResolverDeps) {
  const { directory } = readModel;
  const begin = (staff: SignedInStaff, commandId: string) => {
    checkCommandId(commandId);
    return { ...actorsOf(staff), at: now().toISOString(), cid: `catalogue-${staff.id}-${commandId}` };
  };
  const productOf = (key: string): ProductRecord => {
    const product = directory.products.get(key);
    if (!product) throw customerError('CUSTOMER_PRODUCT_NOT_FOUND');
    return product;
  };
  const registrationOf = (id: string) => {
    const registration = isId(id) ? directory.registrations.get(id) : undefined;
    if (!registration) throw customerError('CUSTOMER_REGISTRATION_NOT_FOUND');
    return registration;
  };

  const Query: QueryResolvers = {
    products(_parent, _args, context) {
      requireCustomerStaff(context);
      return [...directory.products.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    registrationBySerial(_parent, { serial }, context) {
      requireCustomerStaff(context);
      if (characters(serial) > CUSTOMER_LIMITS.serialFormatCharacters) return null;
      return directory.registrationsBySerial(normaliseSerial(serial))[0] ?? null;
    },
  };

  const Mutation: MutationResolvers = {
    async defineProduct(_parent, { input, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCatalogueAdmin(context), commandId);
      const serialFormats = { deviceSerial: input.deviceSerialFormat, activationSerial: input.activationSerialFormat };
      await done(
        commands.catalogue(
          { type: 'DefineProduct', data: { productKey: input.key, name: input.name, serialFormats, at, by } },
          cid,
          actor,
        ),
      );
      return productOf(input.key);
    },
    async changeProduct(_parent, { input, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCatalogueAdmin(context), commandId);
      const serialFormats = { deviceSerial: input.deviceSerialFormat, activationSerial: input.activationSerialFormat };
      await done(
        commands.catalogue(
          { type: 'ChangeProduct', data: { productKey: input.key, name: input.name, serialFormats, at, by } },
          cid,
          actor,
        ),
      );
      return productOf(input.key);
    },
    async addProductVersion(_parent, { productKey, version, releasedOn, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCatalogueAdmin(context), commandId);
      await done(
        commands.catalogue(
          { type: 'AddProductVersion', data: { productKey, version, releasedOn: releasedOn ?? null, at, by } },
          cid,
          actor,
        ),
      );
      return productOf(productKey);
    },
    async registerProduct(_parent, { input, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      const registrationId = eventIdFor(`registration/${cid}`, 0);
      const customer = isId(input.customerId) ? directory.customers.get(input.customerId) : undefined;
      if (customer?.mergedInto) throw customerError('CUSTOMER_MERGED');
      const stored = directory.products.get(input.productKey);
      const product = stored
        ? {
            key: stored.key,
            versions: stored.versions.map((version) => version.version),
            serialFormats: { deviceSerial: stored.deviceSerialFormat, activationSerial: stored.activationSerialFormat },
          }
        : null;
      const activation = product
        ? checkSerial(product.serialFormats.activationSerial, input.activationSerial)
        : undefined;
      const activationSerialTaken =
        activation !== undefined &&
        directory
          .registrationsBySerial(activation)
          .some(
            (other) =>
              other.id !== registrationId &&
              other.productKey === product?.key &&
              other.activationSerial === activation &&
              other.withdrawnAt === null,
          );
      await done(
        commands.registration(
          {
            type: 'RegisterProduct',
            data: {
              registrationId,
              customerId: input.customerId,
              customerActive: customer !== undefined,
              product,
              version: input.version ?? null,
              deviceSerial: input.deviceSerial,
              activationSerial: input.activationSerial,
              activationSerialTaken,
              at,
              by,
            },
          },
          cid,
          actor,
        ),
      );
      return registrationOf(registrationId);
    },
    async withdrawRegistration(_parent, { registrationId, reason, commandId }, context) {
      const { by, actor, at, cid } = begin(requireCustomerStaff(context), commandId);
      registrationOf(registrationId);
      await done(
        commands.registration(
          { type: 'WithdrawRegistration', data: { registrationId, reason: reason ?? '', at, by } },
          cid,
          actor,
        ),
      );
      return registrationOf(registrationId);
    },
  };

  return { Query, Mutation };
}
