import type { en } from './en';
import type { MessageShape } from './shape';

export const fa: MessageShape<typeof en> = {
  locale: {
    label: 'زبان',
  },
  common: {
    loading: 'در حال بارگذاری…',
    retry: 'دوباره تلاش کنید',
    skipToContent: 'رفتن به محتوای اصلی',
    comingSoon: 'به‌زودی',
  },
  errors: {
    UNAUTHENTICATED: 'نشست شما به پایان رسیده است. لطفاً دوباره وارد شوید.',
    FORBIDDEN: 'اجازهٔ انجام این کار را ندارید.',
    VALIDATION_ERROR: 'بخشی از اطلاعات درست نیست. لطفاً آن را بررسی کنید و دوباره تلاش کنید.',
    CONFLICT: 'هم‌زمان کس دیگری این مورد را تغییر داد. لطفاً دوباره تلاش کنید.',
    NOT_FOUND: 'این مورد پیدا نشد.',
    RATE_LIMITED: 'تلاش‌ها بیش از حد بود. چند دقیقه صبر کنید و دوباره امتحان کنید.',
    NETWORK_ERROR: 'دسترسی به سرور ممکن نیست. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    UNKNOWN: 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید.',
  },
};
