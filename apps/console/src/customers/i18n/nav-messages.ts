import type { MessageShape } from '@deskstream/ui';

/** The customers pages' entries in the console's navigation, with the console's own messages (`customersNav.*`). */
export const customersNavEn = {
  customers: 'Customers',
  products: 'Products',
};

export const customersNavFa: MessageShape<typeof customersNavEn> = {
  customers: 'مشتری‌ها',
  products: 'محصولات',
};

export const customersNavJa: MessageShape<typeof customersNavEn> = {
  customers: '顧客',
  products: '製品',
};

export const customersNavVi: MessageShape<typeof customersNavEn> = {
  customers: 'Khách hàng',
  products: 'Sản phẩm',
};
