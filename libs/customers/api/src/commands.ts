/**
 * The customers context's commands on the shared command runner: customer records
 * (`customer-<id>`), the catalogue (`product-catalogue`) and registrations (`registration-<id>`).
 * The runner decides, appends with the exact expected revision and waits until the read models
 * hold what it wrote.
 */
import {
  PRODUCT_CATALOGUE_STREAM,
  catalogueDecider,
  customerDecider,
  customerStream,
  registrationDecider,
  registrationStream,
  type CatalogueCommand,
  type CatalogueEvent,
  type CustomerCommand,
  type CustomerEvent,
  type CustomersErrorReason,
  type RegistrationCommand,
  type RegistrationEvent,
} from '@deskstream/customers-domain';
import type { Actor } from '@deskstream/domain-kit';
import {
  CommandRunner,
  type CommandOutcome,
  type CommandStore,
  type ReadModelProgress,
} from '@deskstream/event-sourcing';

export type CustomersOutcome<Event> = CommandOutcome<Event, CustomersErrorReason>;
type Send<Command, Event> = (command: Command, commandId: string, actor: Actor) => Promise<CustomersOutcome<Event>>;

export class CustomersCommands {
  readonly customer: Send<CustomerCommand, CustomerEvent>;
  readonly catalogue: Send<CatalogueCommand, CatalogueEvent>;
  readonly registration: Send<RegistrationCommand, RegistrationEvent>;

  constructor(store: CommandStore, progress: ReadModelProgress) {
    const runner = new CommandRunner(store, progress);
    this.customer = runner.aggregate(
      (command: CustomerCommand) => customerStream(command.data.customerId),
      customerDecider,
    );
    this.catalogue = runner.aggregate(() => PRODUCT_CATALOGUE_STREAM, catalogueDecider);
    this.registration = runner.aggregate(
      (command: RegistrationCommand) => registrationStream(command.data.registrationId),
      registrationDecider,
    );
  }
}
