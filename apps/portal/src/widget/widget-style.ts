/** The widget's styles, inside its shadow root: the host page's CSS cannot reach them, nor they it. */
export const WIDGET_STYLE = `
:host { all: initial; }
.launcher, .invite, .panel { z-index: 2147483000; }
.launcher, .invite, .close {
  font: 600 1rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Tahoma, sans-serif;
}
.launcher {
  position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem;
  display: inline-flex; align-items: center; gap: 0.5rem;
  min-block-size: 3rem; padding-block: 0.6rem; padding-inline: 1.1rem;
  border: none; border-radius: 999px; background: #1f5fbf; color: #fff;
  box-shadow: 0 2px 4px rgb(16 24 40 / 0.2), 0 8px 24px rgb(16 24 40 / 0.2); cursor: pointer;
}
button:focus-visible, .panel:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.launcher svg { inline-size: 1.25rem; block-size: 1.25rem; fill: currentColor; }
.invite {
  position: fixed; inset-block-end: 4.75rem; inset-inline-end: 1rem;
  inline-size: min(20rem, calc(100vw - 2rem)); box-sizing: border-box;
  padding: 0.9rem 1rem; border: 1px solid #c9ced6; border-radius: 0.75rem; background: #fff; color: #1c2430;
  box-shadow: 0 2px 4px rgb(16 24 40 / 0.15), 0 12px 32px rgb(16 24 40 / 0.2);
}
.invite:empty { display: none; }
.invite p { margin: 0 0 0.75rem; font-weight: 400; }
.invite .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.invite button {
  min-block-size: 2.25rem; padding-block: 0.35rem; padding-inline: 0.9rem; border-radius: 999px;
  border: 1px solid #1f5fbf; background: #fff; color: #1f5fbf; font: inherit; cursor: pointer;
}
.invite button.accept { background: #1f5fbf; color: #fff; }
@media (prefers-reduced-motion: no-preference) {
  .invite:not(:empty) { animation: deskstream-rise 240ms ease-out; }
}
@keyframes deskstream-rise { from { opacity: 0; transform: translateY(0.75rem); } to { opacity: 1; transform: none; } }
.panel {
  position: fixed; inset-block-end: 5rem; inset-inline-end: 1rem;
  display: flex; flex-direction: column;
  inline-size: min(26rem, calc(100vw - 2rem)); block-size: min(40rem, calc(100vh - 7rem));
  border: 1px solid #c9ced6; border-radius: 0.75rem; overflow: hidden; background: #f4f5f7;
  box-shadow: 0 2px 4px rgb(16 24 40 / 0.15), 0 12px 32px rgb(16 24 40 / 0.25);
}
.panel[hidden] { display: none; }
.bar { display: flex; justify-content: space-between; align-items: center; padding: 0.25rem; background: #1f5fbf; }
.switch {
  min-block-size: 2.25rem; padding-block: 0.25rem; padding-inline: 0.75rem; border: 1px solid #fff; border-radius: 999px;
  background: transparent; color: #fff; font: 600 0.9rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Tahoma, sans-serif;
  cursor: pointer;
}
.close {
  display: inline-flex; align-items: center; justify-content: center;
  min-inline-size: 2.25rem; min-block-size: 2.25rem; padding: 0 0.5rem;
  border: none; border-radius: 0.5rem; background: transparent; color: #fff; cursor: pointer;
}
.close svg { inline-size: 1rem; block-size: 1rem; stroke: currentColor; stroke-width: 2.5; }
.guard { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
iframe { display: block; flex: 1; inline-size: 100%; border: 0; }
`;
