import type { MessageShape } from '@deskstream/ui';

/** The operations dashboard's entry in the console's navigation, with the console's own messages (`operationsNav.*`). */
export const operationsNavEn = {
  dashboard: 'Operations',
};

export const operationsNavFa: MessageShape<typeof operationsNavEn> = {
  dashboard: 'عملکرد مرکز تماس',
};

export const operationsNavJa: MessageShape<typeof operationsNavEn> = {
  dashboard: '運用状況',
};

export const operationsNavVi: MessageShape<typeof operationsNavEn> = {
  dashboard: 'Vận hành',
};
