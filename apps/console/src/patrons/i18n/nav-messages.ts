import type { MessageShape } from '@deskstream/ui';

/** The patrons page's entry in the console's navigation, with the console's own messages (`patronsNav.*`). */
export const patronsNavEn = { find: 'Patrons' };
export const patronsNavFa: MessageShape<typeof patronsNavEn> = { find: 'اعضا' };
export const patronsNavJa: MessageShape<typeof patronsNavEn> = { find: '利用者' };
export const patronsNavVi: MessageShape<typeof patronsNavEn> = { find: 'Bạn đọc' };
