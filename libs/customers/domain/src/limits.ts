/** Limits of customer records and the catalogue; the console's forms import them as they are. */
export const CUSTOMER_LIMITS = {
  nameCharacters: 120,
  emailCharacters: 254,
  /** Characters of a phone number as typed, before it is read. */
  phoneInputCharacters: 40,
  emailsPerCustomer: 20,
  phonesPerCustomer: 20,
  requesterTypeCharacters: 40,
  productNameCharacters: 120,
  serialFormatCharacters: 40,
  versionCharacters: 40,
  reasonCharacters: 500,
  queryCharacters: 200,
  pageSize: 200,
} as const;

/**
 * The desk's country (ISO 3166 alpha-2, `IR`, `DE`) for phone numbers written without a country
 * code, as the api's DESK_PHONE_COUNTRY gives it; null reads international numbers only.
 */
export type PhoneCountry = string | null;
