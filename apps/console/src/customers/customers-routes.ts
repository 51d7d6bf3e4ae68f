import type { RouteRecordRaw } from 'vue-router';
import { CATALOGUE_ROLES, CUSTOMER_ROLES } from './customer-roles';

/**
 * The customers' pages: the search (in the navigation), recording a customer (`?phone=` fills the
 * phone, as the calls page links an unknown caller), one customer at /customers/<id>, and the
 * product catalogue for admins. Each page loads on first visit with its texts.
 */
export function customersRoutes(): RouteRecordRaw[] {
  return [
    {
      path: 'customers',
      name: 'customers',
      component: () => import('./CustomerSearchPage.vue'),
      meta: { roles: CUSTOMER_ROLES, nav: { label: 'customersNav.customers', order: 24 } },
    },
    {
      path: 'customers/new',
      name: 'customer-new',
      component: () => import('./CustomerRecordPage.vue'),
      meta: { roles: CUSTOMER_ROLES },
    },
    {
      path: 'customers/products',
      name: 'customer-products',
      component: () => import('./ProductCataloguePage.vue'),
      meta: { roles: CATALOGUE_ROLES, nav: { label: 'customersNav.products', order: 62 } },
    },
    {
      path: 'customers/:id',
      name: 'customer',
      component: () => import('./CustomerPage.vue'),
      props: true,
      meta: { roles: CUSTOMER_ROLES },
    },
  ];
}
