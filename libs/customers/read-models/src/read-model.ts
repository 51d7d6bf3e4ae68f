/**
 * The customers read models together: the directory (records, contact points, catalogue,
 * registrations), the search over it, and the timelines folded from every context.
 */
import type { PhoneCountry } from '@deskstream/customers-domain';
import { CustomerDirectory } from './customer-directory';
import { CustomerSearch } from './customer-search';
import { CustomerTimelines } from './customer-timelines';

export interface CustomersReadModelOptions {
  /** The desk's country (DESK_PHONE_COUNTRY) for numbers without a country code; unset, international numbers only. */
  phoneCountry?: PhoneCountry;
}

export class CustomersReadModel {
  readonly phoneCountry: PhoneCountry;
  readonly directory = new CustomerDirectory();
  readonly search: CustomerSearch;
  readonly timelines: CustomerTimelines;

  constructor(options: CustomersReadModelOptions = {}) {
    this.phoneCountry = options.phoneCountry ?? null;
    this.search = new CustomerSearch(this.directory, this.phoneCountry);
    this.timelines = new CustomerTimelines(this.directory, this.phoneCountry);
  }
}
