import { textIn, useGraphqlConnection, useLocale, type GraphqlConnection, type LocalizedText } from '@deskstream/ui';
import { shallowRef, type ShallowRef } from 'vue';
import { loadNewTicketChoices } from '../tickets/new-ticket-choices';

type RequesterType = { key: string; name: LocalizedText };
const loaded = new WeakMap<GraphqlConnection, ShallowRef<RequesterType[]>>();

/**
 * The desk's requester types (the tickets' settings, read once per connection), named in the
 * reader's language; a key the desk no longer configures is shown as it is.
 */
export function useRequesterTypes() {
  const connection = useGraphqlConnection();
  const { locale } = useLocale();
  let types = loaded.get(connection);
  if (!types) {
    const found = shallowRef<RequesterType[]>([]);
    types = found;
    loaded.set(connection, found);
    void loadNewTicketChoices(connection).then((choices) => {
      found.value = choices?.requesterTypes ?? [];
      if (found.value.length === 0) loaded.delete(connection);
    });
  }
  const list = types;
  const nameOf = (key: string | null | undefined) => {
    if (!key) return '';
    const known = list.value.find((type) => type.key === key);
    return known ? textIn(known.name, locale.value) : key;
  };
  return { types: list, nameOf };
}
