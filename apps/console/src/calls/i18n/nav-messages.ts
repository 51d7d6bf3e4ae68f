import type { MessageShape } from '@deskstream/ui';

/** The calls pages' entries in the console's navigation, with the console's own messages (`callsNav.*`). */
export const callsNavEn = {
  calls: 'Calls',
  settings: 'Telephony',
};

export const callsNavFa: MessageShape<typeof callsNavEn> = {
  calls: 'تماس‌ها',
  settings: 'تلفن',
};

export const callsNavJa: MessageShape<typeof callsNavEn> = {
  calls: '通話',
  settings: '電話設定',
};

export const callsNavVi: MessageShape<typeof callsNavEn> = {
  calls: 'Cuộc gọi',
  settings: 'Điện thoại',
};
