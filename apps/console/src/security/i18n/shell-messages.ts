import type { MessageShape } from '@deskstream/ui';

/**
 * Staff security's texts the console needs before any security page opens (`staffSecurity.*`):
 * the second sign-in step, the organisation's sign-in, the navigation and the profile menu's link.
 */
export const staffSecurityEn = {
  nav: { log: 'Security log', staff: 'Staff access' },
  profileLink: 'Security and sessions',
  signIn: {
    codeTitle: 'Enter your code',
    codeIntro: 'Open your authenticator app and enter the 6-digit code for Deskstream, or one of your recovery codes.',
    code: 'Code',
    submit: 'Continue',
    submitting: 'Checking…',
    back: 'Sign in as someone else',
    codeRejected: 'That code is not correct. Try again.',
    codeUsed: 'That code has just been used. Wait for the next one.',
    ended: 'This sign-in took too long or had too many wrong codes. Sign in again.',
    rateLimited: 'Too many failed sign-ins. Wait a few minutes and try again.',
    oidc: 'Sign in through your organisation',
    oidcFailed: 'Signing in through your organisation did not work, or no staff account matches it.',
  },
};

export const staffSecurityFa: MessageShape<typeof staffSecurityEn> = {
  nav: { log: 'گزارش امنیتی', staff: 'دسترسی کارکنان' },
  profileLink: 'امنیت و نشست‌ها',
  signIn: {
    codeTitle: 'کد را وارد کنید',
    codeIntro: 'برنامهٔ احراز هویت را باز کنید و کد ۶ رقمی Deskstream یا یکی از کدهای بازیابی را وارد کنید.',
    code: 'کد',
    submit: 'ادامه',
    submitting: 'در حال بررسی…',
    back: 'ورود با حساب دیگر',
    codeRejected: 'این کد درست نیست. دوباره امتحان کنید.',
    codeUsed: 'این کد همین حالا به کار رفته است. منتظر کد بعدی بمانید.',
    ended: 'این ورود بیش از حد طول کشید یا کدهای نادرست زیادی داشت. دوباره وارد شوید.',
    rateLimited: 'ورودهای ناموفق زیاد بوده است. چند دقیقه صبر کنید و دوباره امتحان کنید.',
    oidc: 'ورود از راه سازمان',
    oidcFailed: 'ورود از راه سازمان انجام نشد یا هیچ حساب کارمندی با آن جور نیست.',
  },
};

export const staffSecurityJa: MessageShape<typeof staffSecurityEn> = {
  nav: { log: 'セキュリティログ', staff: 'スタッフのアクセス' },
  profileLink: 'セキュリティとセッション',
  signIn: {
    codeTitle: 'コードを入力',
    codeIntro: '認証アプリを開き、Deskstream の6桁のコードか、リカバリーコードのひとつを入力してください。',
    code: 'コード',
    submit: '続行',
    submitting: '確認中…',
    back: '別のアカウントでログイン',
    codeRejected: 'コードが正しくありません。もう一度お試しください。',
    codeUsed: 'このコードは使用済みです。次のコードをお待ちください。',
    ended: 'ログインに時間がかかりすぎたか、誤ったコードが多すぎました。もう一度ログインしてください。',
    rateLimited: 'ログインの失敗が多すぎます。数分待ってからお試しください。',
    oidc: '組織のアカウントでログイン',
    oidcFailed: '組織のアカウントでのログインに失敗したか、対応するスタッフアカウントがありません。',
  },
};

export const staffSecurityVi: MessageShape<typeof staffSecurityEn> = {
  nav: { log: 'Nhật ký bảo mật', staff: 'Quyền truy cập của nhân viên' },
  profileLink: 'Bảo mật và phiên đăng nhập',
  signIn: {
    codeTitle: 'Nhập mã',
    codeIntro: 'Mở ứng dụng xác thực và nhập mã 6 chữ số của Deskstream, hoặc một mã khôi phục.',
    code: 'Mã',
    submit: 'Tiếp tục',
    submitting: 'Đang kiểm tra…',
    back: 'Đăng nhập bằng tài khoản khác',
    codeRejected: 'Mã không đúng. Vui lòng thử lại.',
    codeUsed: 'Mã này vừa được dùng. Hãy chờ mã tiếp theo.',
    ended: 'Lần đăng nhập này quá lâu hoặc nhập sai mã quá nhiều lần. Vui lòng đăng nhập lại.',
    rateLimited: 'Đăng nhập thất bại quá nhiều lần. Vui lòng chờ vài phút rồi thử lại.',
    oidc: 'Đăng nhập qua tổ chức của bạn',
    oidcFailed: 'Không đăng nhập được qua tổ chức, hoặc không có tài khoản nhân viên nào khớp.',
  },
};
