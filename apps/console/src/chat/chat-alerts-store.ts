import { defineStore } from 'pinia';
import { inject, ref, type InjectionKey } from 'vue';

/** Plays the new-chat sound. The app uses a short Web Audio beep; tests provide their own. */
export type Chime = () => void;
export const chimeKey: InjectionKey<Chime> = Symbol('deskstream.console.chime');
export const CHIME_MUTED_KEY = 'deskstream.chat.muted';

let audio: AudioContext | null = null;

/** Two short tones, made with Web Audio (nothing to download). Silent where audio is not allowed yet. */
export const webAudioChime: Chime = () => {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  try {
    audio ??= new Context();
    if (audio.state === 'suspended') void audio.resume();
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1_175],
    ] as const) {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, start + offset);
      volume.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.16);
      tone.connect(volume).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.17);
    }
  } catch {
    // A browser that refuses audio simply stays quiet; the title still tells.
  }
};

function readMuted(): boolean {
  try {
    return globalThis.localStorage?.getItem(CHIME_MUTED_KEY) === 'true';
  } catch {
    return false;
  }
}

/** The new-chat sound and whether the agent muted it (remembered in this browser). */
export const useChatAlertsStore = defineStore('chat-alerts', () => {
  const chime = inject(chimeKey, webAudioChime);
  const muted = ref(readMuted());

  function setMuted(next: boolean): void {
    muted.value = next;
    try {
      globalThis.localStorage?.setItem(CHIME_MUTED_KEY, String(next));
    } catch {
      // Not remembered; it still holds for this page.
    }
  }

  function ring(): void {
    if (!muted.value) chime();
  }

  return { muted, setMuted, toggleMuted: () => setMuted(!muted.value), ring };
});
