/**
 * The demo's patron and customer. Patron: library card 01234567, password `books2026`, with loans
 * (one renewed, one audio-visual), reservations (one ready for pick-up with its mailed notice, one
 * ready to be phoned, one waiting) and a pick-up place. Customer: hannah@example.com, password
 * `deskstream-demo`. Both addresses are those of the demo's tickets, so "my requests" finds them.
 * Seeded once: a second start finds the card and changes nothing.
 */
import type { AccountsReadModel } from '@deskstream/accounts-read-models';
import type { PersonalDataVault } from '@deskstream/personal-data';
import type { Circulation } from './circulation';
import type { AccountsCommands } from './commands';
import { cardKey, registerAccount } from './registration';

export const DEMO_PATRON = { cardNumber: '01234567', password: 'books2026', email: 'ichiro@example.jp' };
export const DEMO_CUSTOMER = { email: 'hannah@example.com', password: 'deskstream-demo' };

export interface AccountsSeedReport {
  patronId: string;
  customerId: string;
  created: boolean;
}

const DAY = 86_400_000;

export async function seedDemoAccounts(deps: {
  readModel: AccountsReadModel;
  commands: AccountsCommands;
  vault: PersonalDataVault;
  circulation: Circulation;
  placeIds: () => string[];
  now: () => Date;
}): Promise<AccountsSeedReport> {
  const { readModel, commands, vault, circulation, now } = deps;
  const actor = { kind: 'system' as const, id: 'demo-seed' };
  const existing = readModel.byCardHash(cardKey(vault, DEMO_PATRON.cardNumber));
  const [first, second] = deps.placeIds();
  const patron = await registerAccount(
    { readModel, commands, vault, now },
    {
      kind: 'PATRON',
      cardNumber: DEMO_PATRON.cardNumber,
      email: DEMO_PATRON.email,
      phone: '092-555-0134',
      name: '鈴木 一郎',
      password: DEMO_PATRON.password,
    },
    'demo-patron',
    actor,
    { contact: { RESERVATION_READY: 'EMAIL', LOAN_DUE: 'EMAIL' }, pickUpBranchId: first ?? null },
  );
  const customer = await registerAccount(
    { readModel, commands, vault, now },
    {
      kind: 'CUSTOMER',
      email: DEMO_CUSTOMER.email,
      phone: '+1 425 555 0100',
      name: 'Hannah Weber',
      password: DEMO_CUSTOMER.password,
    },
    'demo-customer',
    actor,
  );
  if (existing) return { patronId: patron.id, customerId: customer.id, created: false };

  const ago = (days: number) => new Date(now().getTime() - days * DAY).toISOString();
  const lend = (loanId: string, title: string, itemKind: 'BOOK' | 'AUDIOVISUAL', lentDaysAgo: number) =>
    circulation.lend(
      patron,
      {
        itemId: `demo-item-${loanId}`,
        itemKind,
        title,
        lentAt: ago(lentDaysAgo),
        dueAt: new Date(Date.parse(ago(lentDaysAgo)) + 14 * DAY).toISOString(),
        loanId,
      },
      'LIBRARY_SYSTEM',
      `demo-${loanId}`,
      actor,
    );
  await lend('loan-kafka', '海辺のカフカ', 'BOOK', 10);
  await lend('loan-wood', 'ノルウェイの森', 'BOOK', 12);
  await circulation.renew(patron, 'loan-wood', 'demo-renew', { kind: 'customer', id: patron.id });
  await lend('loan-totoro', 'となりのトトロ (DVD)', 'AUDIOVISUAL', 3);

  const reserve = (
    reservationId: string,
    title: string,
    itemKind: 'BOOK' | 'AUDIOVISUAL',
    contactMethod: 'EMAIL' | 'PHONE',
  ) =>
    circulation.reserve(
      patron,
      {
        itemId: `demo-item-${reservationId}`,
        itemKind,
        title,
        reservationId,
        contactMethod,
        pickUpBranchId: contactMethod === 'PHONE' ? (second ?? first) : first,
      },
      'PATRON',
      `demo-${reservationId}`,
      { kind: 'customer', id: patron.id },
    );
  await reserve('res-genji', '源氏物語 (一)', 'BOOK', 'EMAIL');
  await circulation.markReady(patron, 'res-genji', 'demo-ready', actor);
  await reserve('res-ghibli', '千と千尋の神隠し (DVD)', 'AUDIOVISUAL', 'PHONE');
  await circulation.markReady(patron, 'res-ghibli', 'demo-ready', actor);
  await reserve('res-1q84', '1Q84 BOOK 1', 'BOOK', 'EMAIL');
  return { patronId: patron.id, customerId: customer.id, created: true };
}
