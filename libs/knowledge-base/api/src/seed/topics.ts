/**
 * The demo knowledge base of a desktop software publisher: each topic is one problem, written up
 * in several languages (the articles of a topic share a translation group). Stages follow the
 * publisher's own FAQ: registration & serial number, installation, running, usage.
 */
import type { ProductVersions } from '@deskstream/knowledge-base-domain';

export interface SeedTopic {
  group: string;
  stage: 'registration' | 'installation' | 'running' | 'usage';
  products: ProductVersions[];
  errorCodes: string[];
}

const DESKTOP: ProductVersions = { product: 'Desktop Library', versions: ['2.5', '3.0', '3.1'] };
const NETWORK: ProductVersions = { product: 'Network Edition', versions: ['3.0', '3.1'] };
const REGISTRATION: ProductVersions = { product: 'Registration Tool', versions: ['1.4', '2.0'] };

export const SEED_TOPICS: SeedTopic[] = [
  { group: 'error-1603', stage: 'installation', products: [DESKTOP, NETWORK], errorCodes: ['1603'] },
  { group: 'error-1608', stage: 'installation', products: [DESKTOP], errorCodes: ['1608'] },
  { group: 'error-1628', stage: 'installation', products: [DESKTOP, NETWORK], errorCodes: ['1628'] },
  { group: 'check-sum-fail', stage: 'installation', products: [DESKTOP], errorCodes: ['Check Sum Fail'] },
  {
    group: 'register-version-required-2',
    stage: 'registration',
    products: [DESKTOP, REGISTRATION],
    errorCodes: ['noor register version required 2'],
  },
  { group: 'question-marks-instead-of-letters', stage: 'running', products: [DESKTOP], errorCodes: [] },
  { group: 'digits-instead-of-letters', stage: 'usage', products: [DESKTOP], errorCodes: [] },
  { group: 'where-is-my-serial-number', stage: 'registration', products: [DESKTOP, REGISTRATION], errorCodes: [] },
  {
    group: 'serial-number-not-accepted',
    stage: 'registration',
    products: [REGISTRATION],
    errorCodes: ['Invalid serial number'],
  },
  { group: 'network-edition-server-install', stage: 'installation', products: [NETWORK], errorCodes: [] },
  {
    group: 'network-client-cannot-reach-server',
    stage: 'running',
    products: [NETWORK],
    errorCodes: ['Server not found'],
  },
  { group: 'program-does-not-start', stage: 'running', products: [DESKTOP], errorCodes: [] },
  { group: 'download-the-setup-again', stage: 'installation', products: [DESKTOP], errorCodes: [] },
  { group: 'move-to-a-new-computer', stage: 'registration', products: [DESKTOP, REGISTRATION], errorCodes: [] },
  { group: 'related-books-not-shown', stage: 'usage', products: [DESKTOP], errorCodes: [] },
  { group: 'warranty-card', stage: 'registration', products: [DESKTOP], errorCodes: [] },
  { group: 'update-to-a-new-version', stage: 'installation', products: [DESKTOP, NETWORK], errorCodes: [] },
  { group: 'search-finds-nothing-in-the-library', stage: 'usage', products: [DESKTOP], errorCodes: [] },
  { group: 'windows-11', stage: 'running', products: [DESKTOP, NETWORK], errorCodes: [] },
  { group: 'printing-persian-text', stage: 'usage', products: [DESKTOP], errorCodes: [] },
  { group: 'second-disc-contents', stage: 'installation', products: [DESKTOP], errorCodes: [] },
  { group: 'activate-without-internet', stage: 'registration', products: [REGISTRATION], errorCodes: [] },
  { group: 'antivirus-blocks-setup', stage: 'installation', products: [DESKTOP], errorCodes: ['2503'] },
];
