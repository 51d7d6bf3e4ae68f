/** The demo knowledge base in English. */
import type { SeedText } from './seed-text';

export const ARTICLES_EN: Record<string, SeedText> = {
  'error-1603': {
    slug: 'error-1603',
    title: 'Error 1603 during installation',
    symptoms: ['setup stops with a fatal error', 'installation rolls back at the end'],
    tags: ['installer', 'windows installer'],
    body: `Setup shows **"Error 1603: a fatal error occurred during installation"** and undoes everything it copied.

The usual causes:

1. Setup was not started with administrator rights.
2. The destination folder is read-only, compressed or encrypted.
3. An older copy of the library is still half installed.

## What to do

1. Right-click \`Setup.exe\` and choose **Run as administrator**.
2. Install into the suggested folder (\`C:\\Program Files\\Desktop Library\`), not onto a network drive or a USB stick.
3. If an earlier version was removed badly, open *Settings → Apps*, remove every "Desktop Library" entry, restart, and install again.

Still failing? Send us the file \`%TEMP%\\DesktopLibrarySetup.log\` with "Not answered? Ask us" below.`,
  },
  'error-1608': {
    slug: 'error-1608',
    title: 'Error 1608: setup cannot find the earlier version',
    symptoms: ['upgrade setup asks for the previous version', 'update disc refuses to install'],
    tags: ['installer', 'upgrade'],
    body: `An **upgrade** package only installs over the full version. When it cannot find one, it stops with **error 1608**.

- If the full version was never installed on this computer, install it first from the original disc or download, then run the upgrade.
- If it was installed under another Windows user, sign in as that user or reinstall the full version for *everyone who uses this computer*.
- If you moved the program folder by hand, uninstall and install again: setup finds programs by what Windows recorded, not by the folder.`,
  },
  'error-1628': {
    slug: 'error-1628',
    title: 'Error 1628: failed to complete installation',
    symptoms: ['setup closes right after it starts', 'installation cannot be completed'],
    tags: ['installer', 'installshield'],
    body: `**Error 1628** means the installation engine itself could not finish, usually because a previous setup is still running or its temporary files are damaged.

1. Restart the computer, so no other setup is running.
2. Empty the temporary folder: press **Win+R**, type \`%TEMP%\`, and delete what can be deleted.
3. Copy the whole setup folder from the disc to the desktop and run \`Setup.exe\` from there as administrator.

On the Network Edition server, also check that no client is running the program while you install.`,
  },
  'check-sum-fail': {
    slug: 'check-sum-fail',
    title: '"Check Sum Fail" while copying the library files',
    symptoms: ['copying stops with Check Sum Fail', 'installation stops at the same percentage every time'],
    tags: ['installer', 'disc', 'download'],
    body: `**Check Sum Fail** means a file that setup copied is not byte for byte what we shipped. The data is damaged, not your computer.

- **From a disc:** clean the disc with a soft cloth, try another drive, or copy the disc to the hard disk first and install from the copy.
- **From a download:** download the file again (see "Download the setup again"). An interrupted download is the most common cause.
- Do not use a disc image from a third party: its files often differ from ours.

If the same file fails on two drives, the disc is faulty; your warranty card covers a replacement.`,
  },
  'register-version-required-2': {
    slug: 'noor-register-version-required-2',
    title: 'Message "noor register version required 2" when starting the program',
    symptoms: ['program asks for register version 2', 'registration window does not open'],
    tags: ['registration', 'registration tool'],
    body: `The program needs **Registration Tool 2.0** or newer, but this computer still has version 1.x. The message reads: \`noor register version required 2\`.

1. Close the library.
2. Install Registration Tool 2.0 from the \`Register\` folder of the version 3 disc, or from the download page.
3. Start the library again and register with your serial number.

Your registration is kept: installing the new tool does not use up an activation.`,
  },
  'question-marks-instead-of-letters': {
    slug: 'question-marks-instead-of-letters',
    title: 'Question marks are shown instead of Persian or Arabic letters',
    symptoms: ['text appears as ????', 'menus show question marks', 'book titles are unreadable'],
    tags: ['display', 'windows', 'language settings'],
    body: `Parts of the program written before Unicode use Windows' **language for non-Unicode programs**. If that is English, Persian and Arabic letters become \`????\`.

1. Open *Control Panel → Region → Administrative*.
2. Under **Language for non-Unicode programs**, choose **Change system locale** and pick *Persian (Iran)*.
3. Restart the computer.

The rest of Windows stays in your language; only old programs are affected.`,
  },
  'digits-instead-of-letters': {
    slug: 'digits-instead-of-letters',
    title: 'Typing gives digits instead of letters',
    symptoms: ['keyboard types numbers in the search box', 'cannot type Persian letters'],
    tags: ['keyboard', 'input'],
    body: `When you type in the library and get digits instead of letters, the keyboard layout in use is not the one the program expects.

- Switch the layout with **Alt+Shift** (or **Win+Space**) and check the language bar.
- Install the standard **Persian** keyboard in *Settings → Time & language → Language*. Third-party layouts sometimes send digit codes.
- On a laptop, make sure **Num Lock** is off: on small keyboards it turns letter keys into a number pad.`,
  },
  'where-is-my-serial-number': {
    slug: 'where-is-my-serial-number',
    title: 'Where do I find my serial number?',
    symptoms: ['registration asks for a serial number', 'lost the serial number'],
    tags: ['serial number', 'registration'],
    body: `Your serial number is printed:

- on the **warranty card** inside the box, next to the device serial of the computer it was activated on;
- in the confirmation email, if you bought a download;
- in the program under *Help → About*, once it is registered.

Lost all three? Ask us with your name and where you bought the program; we look it up in our registrations.`,
  },
  'serial-number-not-accepted': {
    slug: 'serial-number-not-accepted',
    title: 'The serial number is not accepted',
    symptoms: ['registration says the serial is invalid', 'Invalid serial number'],
    tags: ['serial number', 'registration'],
    body: `If registration answers **Invalid serial number**:

1. Check easily confused characters: **0** and **O**, **1** and **I**, **5** and **S**. Serial numbers only use digits and capital letters.
2. Type it yourself instead of pasting it: a copied space or hidden character is refused.
3. Make sure the keyboard is in English while typing the serial, so you do not type Persian digits.

A serial for version 2.x does not register version 3; you need the upgrade serial that came with the update.`,
  },
  'network-edition-server-install': {
    slug: 'network-edition-server-install',
    title: 'Installing the Network Edition on a server',
    symptoms: ['institution wants one installation for many users', 'network licence setup'],
    tags: ['network', 'server', 'institutions'],
    body: `The Network Edition installs the library once on a server; computers in the institution use it over the local network.

1. Run \`ServerSetup.exe\` on the server as administrator and choose a shared data folder.
2. Share that folder read-only for users and note its path (e.g. \`\\\\library-server\\DesktopLibrary\`).
3. On each client, run \`ClientSetup.exe\` and give the server's path.
4. Register the server once with the network serial; clients need no serial.

We install and support it remotely, for institutions in any country: ask us to book a session.`,
  },
  'network-client-cannot-reach-server': {
    slug: 'network-client-cannot-reach-server',
    title: 'A network client says "Server not found"',
    symptoms: ['client cannot connect to the library server', 'Server not found'],
    tags: ['network', 'firewall'],
    body: `The client could not reach the Network Edition's server.

- Check the server is on and the library service is running (*Services → Desktop Library Server*).
- Open the shared path from the client in File Explorer; if Windows cannot, the problem is the network or permissions, not the program.
- Allow **TCP port 7420** in the server's firewall.
- If the server was renamed, run \`ClientSetup.exe /repair\` on the client and give the new path.`,
  },
  'program-does-not-start': {
    slug: 'program-does-not-start',
    title: 'The program does not start',
    symptoms: ['double-clicking the icon does nothing', 'window closes immediately'],
    tags: ['startup', 'windows'],
    body: `If the library does not open at all:

1. Restart the computer; an earlier copy may still be running in the background.
2. Start it once as administrator (right-click → **Run as administrator**) so it can finish its first-run setup.
3. Check your antivirus quarantine for files from the program folder and restore them.
4. Repair the installation: *Settings → Apps → Desktop Library → Modify → Repair*.`,
  },
  'download-the-setup-again': {
    slug: 'download-the-setup-again',
    title: 'I need the downloaded setup files again',
    symptoms: ['download link expired', 'setup file lost after reinstalling Windows'],
    tags: ['download', 'account'],
    body: `Programs you bought as a download can be downloaded again at any time.

1. Sign in on our website with the email you bought with.
2. Open **My products** and choose **Download again**.
3. Keep the file until installation finishes; if setup reports *Check Sum Fail*, download once more.

Your serial number stays the same.`,
  },
  'move-to-a-new-computer': {
    slug: 'move-to-a-new-computer',
    title: 'Moving the program to a new computer',
    symptoms: ['new computer asks for activation again', 'activation limit reached'],
    tags: ['activation', 'registration'],
    body: `A registration is tied to the computer's device serial, recorded on your warranty card.

1. On the old computer, open *Help → Deactivate* before you remove it (if it still works).
2. Install on the new computer and register with the same serial number.
3. If the old computer is broken, ask us with your warranty card number: we release the old activation.`,
  },
  'related-books-not-shown': {
    slug: 'related-books-not-shown',
    title: 'Related books are not shown',
    symptoms: ['related books panel is empty', 'links between books are missing'],
    tags: ['books', 'library content'],
    body: `The related-books panel only lists books installed on this computer.

- Install the additional discs of your collection: their books then appear as related.
- After installing new discs, choose *Tools → Rebuild index* once.
- In the Network Edition, the server's index is used: ask your administrator to rebuild it there.`,
  },
  'warranty-card': {
    slug: 'warranty-card',
    title: 'What the warranty card is for',
    symptoms: ['what is the warranty card', 'free support after purchase'],
    tags: ['warranty', 'support'],
    body: `The warranty card you received with an installation lists the **device serial** of your computer and the **activation serial** of the program.

With it you get free support: reinstallation, replacement of faulty discs and help moving to a new computer. Keep it with your receipt; we ask for its number when you contact us.`,
  },
  'update-to-a-new-version': {
    slug: 'update-to-a-new-version',
    title: 'Updating to a new version',
    symptoms: ['how to install the update', 'new version available'],
    tags: ['update', 'upgrade'],
    body: `Updates install **over** the version you have; your notes and bookmarks are kept.

1. Close the program.
2. Run the update as administrator.
3. Start the program and register with the upgrade serial if asked.

Network Edition: update the server first, then the clients.`,
  },
  'search-finds-nothing-in-the-library': {
    slug: 'search-finds-nothing-in-the-library',
    title: 'Search inside the library finds nothing',
    symptoms: ['searching returns no results', 'words that exist are not found'],
    tags: ['search', 'index'],
    body: `If a word you can see in a book is not found:

- Check the search scope: the default is the open book only.
- Try without diacritics and with both ک/ك and ی/ي.
- Rebuild the index: *Tools → Rebuild index*. It takes a few minutes after new books are installed.`,
  },
  'windows-11': {
    slug: 'windows-11',
    title: 'Running on Windows 11',
    symptoms: ['does it work on Windows 11', 'problems after upgrading Windows'],
    tags: ['windows', 'compatibility'],
    body: `Versions 3.0 and later run on Windows 10 and 11. Version 2.5 runs too, but needs the non-Unicode language set to Persian (see "Question marks are shown instead of Persian or Arabic letters").

After a Windows upgrade, run *Repair* once from *Settings → Apps*.`,
  },
  'printing-persian-text': {
    slug: 'printing-persian-text',
    title: 'Printing Persian text comes out wrong',
    symptoms: ['printed letters are disconnected', 'printout is left to right'],
    tags: ['printing', 'fonts'],
    body: `If printed Persian letters are separated or the lines run left to right:

- Update the printer driver; generic drivers often replace fonts.
- In *Print → Options*, choose **Print text as graphics**.
- Or export the page to PDF and print the PDF.`,
  },
  'second-disc-contents': {
    slug: 'second-disc-contents',
    title: 'What is on the second disc?',
    symptoms: ['setup asks for disc 2', 'what to do with the second disc'],
    tags: ['disc', 'installer'],
    body: `Large collections come on two discs. Disc 1 holds the program and the core books; **disc 2** holds the remaining books and the index.

Insert disc 2 when setup asks for it. To install from the hard disk instead, copy both discs into one folder, keeping the folders \`Disc1\` and \`Disc2\` side by side.`,
  },
  'activate-without-internet': {
    slug: 'activate-without-internet',
    title: 'Activating without an internet connection',
    symptoms: ['computer has no internet', 'offline activation'],
    tags: ['activation', 'offline'],
    body: `Registration Tool 2.0 can activate offline:

1. Choose **Activate by phone or another computer**.
2. Send us the request code it shows (by phone, or from any other computer).
3. Type the answer code we give you. It works once, for this computer only.`,
  },
  'antivirus-blocks-setup': {
    slug: 'antivirus-blocks-setup',
    title: 'The antivirus stops the setup (error 2503)',
    symptoms: ['antivirus deletes setup files', 'setup ends with error 2503'],
    tags: ['antivirus', 'installer'],
    body: `Some antivirus programs block our protection module during installation, and setup ends with **error 2503** or stops silently.

1. Pause the antivirus for the duration of the installation only.
2. Run setup as administrator.
3. Turn the antivirus back on and, if it complains, add the program folder to its exceptions.

Only do this with setup files from our disc or our website.`,
  },
};
