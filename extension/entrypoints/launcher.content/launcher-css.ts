/** The launcher's look, inside its shadow root: a small pill in Fluent's brand blue, bottom right, out of the page's way. */
export const launcherCss = `
:host { all: initial; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; align-items: center; gap: 2px;
  font: 600 13px/1 "Segoe UI", "Microsoft YaHei", system-ui, sans-serif; }
.open { display: flex; align-items: center; gap: 8px; border: 0; border-radius: 999px 0 0 999px; padding: 9px 12px 9px 10px;
  background: #0f6cbd; color: #fff; cursor: pointer; box-shadow: 0 4px 12px rgba(0, 0, 0, .18); font: inherit; }
.open:hover { background: #115ea3; }
.open svg { width: 16px; height: 16px; }
.close { border: 0; border-radius: 0 999px 999px 0; padding: 9px 10px; background: #0f6cbd; color: #cfe4fa; cursor: pointer;
  box-shadow: 0 4px 12px rgba(0, 0, 0, .18); font: inherit; }
.close:hover { color: #fff; background: #115ea3; }
`;
