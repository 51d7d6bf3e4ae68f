import { computed, ref, type Ref } from 'vue';

interface FocusableField {
  focus(): Promise<void> | void;
}

/**
 * A form's check that a department is chosen. The button stays enabled: pressing it without a
 * department marks the field (`missing`), which then says why, and moves the focus to it.
 */
export function useDepartmentCheck(departmentId: Ref<string | null>, field: Ref<FocusableField | null>) {
  const attempted = ref(false);
  const missing = computed(() => attempted.value && departmentId.value === null);

  /** The browser's own validation (or ours) found no department. */
  function report(): void {
    attempted.value = true;
    void field.value?.focus();
  }

  /** Whether the form may go on; reports the missing department when not. */
  function passes(): boolean {
    if (departmentId.value !== null) return true;
    report();
    return false;
  }

  return { missing, report, passes };
}
