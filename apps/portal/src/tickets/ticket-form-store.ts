import { isTransient, newCommandId, outcomeOf, useGraphqlConnection, useLocale, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, inject, reactive, ref, shallowRef } from 'vue';
import { attachmentUploaderKey, uploadAttachment } from './attachment-upload';
import { useAttachmentUploads } from './attachment-uploads';
import { missingFields, submitInput, type MissingField, type TicketDraft } from './ticket-draft';
import { newLinkToken } from './ticket-link';
import { PublicTicketFormQuery, SubmitTicketMutation, type TicketForm } from './tickets-operations';

export interface TicketReceiptShown {
  number: number;
  token: string;
  /** Where the link was mailed too; null when the requester chose phone or no contact. */
  mailedTo: string | null;
}

const emptyDraft = (): TicketDraft => ({
  departmentId: '',
  requesterType: '',
  product: '',
  version: '',
  subject: '',
  text: '',
  name: '',
  email: '',
  phone: '',
  contactMethod: 'EMAIL',
  fields: {},
});

/** The requester type sent when the desk has configured none. */
export const DEFAULT_REQUESTER_TYPE = 'customer';

const FALLBACK_LIMITS = { maxAttachments: 10, maxAttachmentBytes: 10 * 1024 * 1024, maxTextCharacters: 50_000 };

/**
 * The contact form: what it offers (departments with their public fields, requester types,
 * limits), the requester's draft and files, and the submission. A submission keeps its command id
 * and its link token until the api has answered for good, so a double click or a retry after a
 * lost answer opens one ticket with one link.
 */
export const useTicketFormStore = defineStore('ticket-form', () => {
  const connection = useGraphqlConnection();
  const { locale } = useLocale();
  const form = shallowRef<TicketForm | null>(null);
  const formState = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const draft = reactive(emptyDraft());
  const missing = ref<MissingField[]>([]);
  const submitting = ref(false);
  const error = ref<Failure | null>(null);
  const receipt = shallowRef<TicketReceiptShown | null>(null);
  const limits = computed(() => form.value ?? FALLBACK_LIMITS);
  const uploads = useAttachmentUploads(() => limits.value, inject(attachmentUploaderKey, uploadAttachment));
  let submission: { commandId: string; linkToken: string; content: string } | null = null;

  const department = computed(
    () => form.value?.departments.find((each) => each.department.id === draft.departmentId) ?? null,
  );
  const fields = computed(() => department.value?.fields ?? []);

  async function load(preferredDepartment: string | null = null): Promise<void> {
    if (formState.value === 'loading') return;
    formState.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(PublicTicketFormQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (!outcome.ok) {
      formState.value = 'error';
      return;
    }
    const loaded = outcome.data.publicTicketForm;
    form.value = loaded;
    const departments = loaded.departments.map((each) => each.department.id);
    if (preferredDepartment && departments.includes(preferredDepartment)) draft.departmentId = preferredDepartment;
    else if (!departments.includes(draft.departmentId))
      draft.departmentId = departments.length === 1 ? departments[0]! : '';
    // One kind of requester, or none configured (then everyone is a customer): nothing to choose.
    if (loaded.requesterTypes.length <= 1)
      draft.requesterType = loaded.requesterTypes[0]?.key ?? DEFAULT_REQUESTER_TYPE;
    formState.value = 'ready';
  }

  function check(): MissingField[] {
    missing.value = missingFields(draft, fields.value, uploads.ready);
    return missing.value;
  }

  async function submit(): Promise<void> {
    if (submitting.value || check().length > 0) return;
    submitting.value = true;
    error.value = null;
    const input = submitInput(draft, fields.value, uploads.hashes, locale.value);
    const content = JSON.stringify(input);
    if (submission?.content !== content) submission = { commandId: newCommandId(), linkToken: newLinkToken(), content };
    const { commandId, linkToken } = submission;
    const outcome = await outcomeOf(
      connection.client.mutation(SubmitTicketMutation, { input: { ...input, linkToken }, commandId }).toPromise(),
    );
    submitting.value = false;
    if (outcome.ok) {
      const answered = outcome.data.submitTicket;
      receipt.value = {
        number: answered.number,
        token: answered.token || linkToken,
        mailedTo: input.requester.contactMethod === 'EMAIL' ? (input.requester.email ?? null) : null,
      };
      submission = null;
      return;
    }
    error.value = { code: outcome.code, reason: outcome.reason };
    // Nothing was written on a refusal: the next try is a new submission. A lost or late answer keeps its ids.
    if (!isTransient(error.value) && error.value.code !== 'READ_MODEL_BEHIND') submission = null;
  }

  /** Back to an empty form (department, requester type and contact kept). */
  function another(): void {
    const keep = {
      departmentId: draft.departmentId,
      requesterType: draft.requesterType,
      name: draft.name,
      email: draft.email,
      phone: draft.phone,
      contactMethod: draft.contactMethod,
    };
    Object.assign(draft, emptyDraft(), keep);
    uploads.clear();
    receipt.value = null;
    error.value = null;
    missing.value = [];
  }

  return {
    form,
    formState,
    draft,
    department,
    fields,
    limits,
    uploads,
    missing,
    submitting,
    error,
    receipt,
    load,
    check,
    submit,
    another,
  };
});
