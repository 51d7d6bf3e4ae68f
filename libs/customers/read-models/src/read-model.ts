/**
 * The customers read models together: the directory (records, contact points, catalogue,
 * registrations), the search over it, and the timelines folded from every context.
 */
import { DEFAULT_PHONE_COUNTRY } from '@deskstream/customers-domain';
import { CustomerDirectory } from './customer-directory';
import { CustomerSearch } from './customer-search';
import { CustomerTimelines } from './customer-timelines';

export interface CustomersReadModelOptions {
  /** The desk's country, for phone numbers written without a country code (default IR). */
  phoneCountry?: string;
}

export class CustomersReadModel {
  readonly phoneCountry: string;
  readonly directory = new CustomerDirectory();
  readonly search: CustomerSearch;
  readonly timelines: CustomerTimelines;

  constructor(options: CustomersReadModelOptions = {}) {
    this.phoneCountry = options.phoneCountry ?? DEFAULT_PHONE_COUNTRY;
    this.search = new CustomerSearch(this.directory, this.phoneCountry);
    this.timelines = new CustomerTimelines(this.directory, this.phoneCountry);
  }
}
