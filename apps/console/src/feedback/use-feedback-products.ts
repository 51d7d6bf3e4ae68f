import { storeToRefs } from 'pinia';
import { onMounted } from 'vue';
import { useProductCatalogueStore } from '../customers/product-catalogue-store';
import { useSessionStore } from '../session/session-store';
import { holdsAny, TRIAGE_ROLES } from './feedback-roles';

/**
 * The product catalogue for the feedback pages (the customers context's, read by the support
 * unit): products with their versions to choose from, and a product's name by its key. Product
 * teams do not read the catalogue; they see the keys.
 */
export function useFeedbackProducts() {
  const catalogue = useProductCatalogueStore();
  const { staff } = storeToRefs(useSessionStore());
  const { products } = storeToRefs(catalogue);
  onMounted(() => {
    if (holdsAny(staff.value?.roles, TRIAGE_ROLES)) void catalogue.ensure();
  });
  const nameOf = (key: string | null | undefined): string =>
    key ? (products.value.find((product) => product.key === key)?.name ?? key) : '';
  const versionsOf = (key: string): string[] =>
    products.value.find((product) => product.key === key)?.versions.map((each) => each.version) ?? [];
  return { products, nameOf, versionsOf };
}
