/** Keys entries are filed under: a lower-cased email, an E.164 phone, a customer id. */
export const emailKey = (email: string) => `e:${email}`;
export const phoneKey = (phone: string) => `p:${phone}`;
export const customerKey = (customerId: string) => `c:${customerId}`;
