import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue';

const now = shallowRef(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * The time now, ticking once a second while a mounted component uses it: one timer for every
 * waiting time on the page.
 */
export function useNow(): Readonly<Ref<number>> {
  onMounted(() => {
    users += 1;
    now.value = Date.now();
    timer ??= setInterval(() => (now.value = Date.now()), 1_000);
  });
  onBeforeUnmount(() => {
    users -= 1;
    if (users === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  });
  return now;
}
