import type { MessageShape } from '@deskstream/ui';

/**
 * The few account texts the portal needs before an account page is opened (the header's entry and
 * the pages' titles in the tab); the rest comes with the pages (`accounts.*`).
 */
export const accountEntryEn = {
  signIn: 'Sign in',
  myAccount: 'My account',
  signOut: 'Sign out',
  signInTitle: 'Sign in to your account',
  requestsTitle: 'My requests',
  loansTitle: 'Loans and reservations',
  settingsTitle: 'Contact and pick-up',
  forgotTitle: 'Forgotten password',
  resetTitle: 'Choose a new password',
};

export const accountEntryFa: MessageShape<typeof accountEntryEn> = {
  signIn: 'ورود',
  myAccount: 'حساب من',
  signOut: 'خروج',
  signInTitle: 'ورود به حساب',
  requestsTitle: 'درخواست‌های من',
  loansTitle: 'امانت‌ها و رزروها',
  settingsTitle: 'راه تماس و محل تحویل',
  forgotTitle: 'فراموشی گذرواژه',
  resetTitle: 'گذرواژهٔ تازه',
};

export const accountEntryJa: MessageShape<typeof accountEntryEn> = {
  signIn: 'ログイン',
  myAccount: 'マイアカウント',
  signOut: 'ログアウト',
  signInTitle: 'アカウントにログイン',
  requestsTitle: '利用状況',
  loansTitle: '貸出・予約',
  settingsTitle: '連絡方法と受取場所',
  forgotTitle: 'パスワードをお忘れの方',
  resetTitle: '新しいパスワードの登録',
};

export const accountEntryVi: MessageShape<typeof accountEntryEn> = {
  signIn: 'Đăng nhập',
  myAccount: 'Tài khoản của tôi',
  signOut: 'Đăng xuất',
  signInTitle: 'Đăng nhập vào tài khoản',
  requestsTitle: 'Yêu cầu của tôi',
  loansTitle: 'Mượn và đặt trước',
  settingsTitle: 'Cách liên lạc và nơi nhận sách',
  forgotTitle: 'Quên mật khẩu',
  resetTitle: 'Đặt mật khẩu mới',
};
