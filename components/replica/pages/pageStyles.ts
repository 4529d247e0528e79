import { generatedClassNames } from '../dom/generatedClassNames';
import { FONT_STACK, palette } from '../elements/theme';

/** Light-DOM class names of the page layout, generated per page load like Mixpanel's. */
export const pc = generatedClassNames([
  'app-root',
  'main-scroll',
  'page',
  'page-header',
  'page-title',
  'page-subtitle',
  'settings-column',
  'settings-heading',
  'settings-switch',
  'settings-switch-link',
  'settings-list',
  'settings-link',
  'card',
  'card-title',
  'card-grid',
  'card-value',
  'card-caption',
  'definition-list',
  'placeholder',
  'toolbar',
  'toolbar-spacer',
  'second-row',
  'selection',
  'selection-divider',
  'table-wrap',
  'table',
  'check-cell',
  'name-cell',
  'avatar',
  'sort-button',
  'name-button',
  'status-pill',
  'muted',
  'empty',
  'empty-title',
  'skeleton-row',
  'skeleton-bar',
  'visually-hidden',
  'bare',
  'bare-card',
  'bare-title',
  'bare-logo',
  'bare-form',
  'bare-label',
  'bare-input',
  'chart',
  'event-list',
  'search-box',
  'tab-panel',
  'clear-selection',
  'toggle-row',
  'wrap-cell',
] as const);

export const pageCss = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { font: 400 14px/1.4 ${FONT_STACK}; color: ${palette.text}; background: #fff; -webkit-font-smoothing: antialiased; }
  .${pc['visually-hidden']} {
    position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
  .${pc['app-root']} { display: flex; height: 100vh; width: 100vw; overflow: hidden; }
  .${pc['main-scroll']} { flex: 1 1 auto; min-width: 0; height: 100%; overflow: auto; position: relative; }
  .${pc.page} { box-sizing: border-box; padding: 44px 36px 64px; max-width: 1320px; }
  .${pc['page-header']} { display: flex; align-items: center; gap: 16px; margin-bottom: 24px; }
  .${pc['page-title']} { margin: 0; font-size: 26px; line-height: 1.2; font-weight: 600; letter-spacing: -0.01em; }
  .${pc['page-subtitle']} { margin: 4px 0 0; color: ${palette.textSecondary}; font-size: 14px; }

  .${pc['settings-column']} {
    box-sizing: border-box; width: 280px; flex: none; height: 100%; overflow-y: auto; padding: 14px 16px;
    background: ${palette.settingsColumn}; border-right: 1px solid ${palette.border};
  }
  .${pc['settings-heading']} { margin: 4px 0 16px; font-size: 25px; line-height: 1.2; font-weight: 600; }
  .${pc['settings-switch']} { display: flex; gap: 2px; margin: 0 0 26px; }
  .${pc['settings-switch-link']} {
    flex: 1 1 0; display: flex; align-items: center; justify-content: center; height: 33px; border-radius: 6px;
    color: ${palette.textSecondary}; text-decoration: none; font-size: 15px; font-weight: 500;
  }
  .${pc['settings-switch-link']}:hover { color: ${palette.text}; }
  .${pc['settings-switch-link']}[aria-current='page'] { background: ${palette.active}; color: ${palette.text}; }
  .${pc['settings-list']} { list-style: none; margin: 0; padding: 0; }
  .${pc['settings-link']} {
    display: flex; align-items: center; height: 33px; padding: 0 12px; border-radius: 6px; margin-bottom: 0.5px;
    color: ${palette.textSecondary}; text-decoration: none; font-size: 15px; font-weight: 500;
  }
  .${pc['settings-link']}:hover { background: ${palette.hover}; color: ${palette.text}; }
  .${pc['settings-link']}[aria-current='page'] { background: ${palette.active}; color: ${palette.text}; }
  .${pc['settings-link']}:focus-visible, .${pc['settings-switch-link']}:focus-visible {
    outline: 2px solid ${palette.purple}; outline-offset: -2px;
  }

  .${pc.card} { border: 1px solid ${palette.border}; border-radius: 10px; padding: 20px 22px; background: #fff; }
  .${pc['card-title']} { margin: 0 0 12px; font-size: 15px; font-weight: 600; }
  .${pc['card-grid']} { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 20px; }
  .${pc['card-value']} { font-size: 32px; font-weight: 600; margin: 4px 0; }
  .${pc['card-caption']} { color: ${palette.textSecondary}; font-size: 13px; }
  .${pc['definition-list']} { display: grid; grid-template-columns: 180px 1fr; gap: 14px 24px; margin: 0; }
  .${pc['definition-list']} dt { color: ${palette.textSecondary}; }
  .${pc['definition-list']} dd { margin: 0; font-weight: 500; }
  .${pc.placeholder} {
    border: 1px dashed ${palette.borderStrong}; border-radius: 10px; padding: 48px 24px; text-align: center;
    color: ${palette.textSecondary};
  }
  .${pc.chart} { display: block; width: 100%; height: 150px; }
  .${pc['event-list']} { list-style: none; margin: 0; padding: 0; }
  .${pc['event-list']} li { display: flex; justify-content: space-between; padding: 8px 0; border-bottom: 1px solid ${palette.border}; }

  .${pc['tab-panel']} { padding-top: 24px; }
  .${pc.toolbar} { display: flex; align-items: center; gap: 8px; margin-bottom: 18px; }
  .${pc['toolbar-spacer']} { flex: 1 1 auto; }
  .${pc['second-row']} { display: flex; align-items: center; gap: 16px; min-height: 40px; margin-bottom: 14px; }
  .${pc.selection} { display: flex; align-items: center; gap: 6px; padding-left: 48px; font-size: 15px; font-weight: 500; }
  .${pc['clear-selection']} {
    all: unset; display: inline-flex; padding: 2px; border-radius: 4px; cursor: pointer; color: ${palette.textSecondary};
  }
  .${pc['clear-selection']}:hover { background: ${palette.hover}; }
  .${pc['selection-divider']} { width: 1px; height: 28px; background: ${palette.border}; margin: 0 14px; }
  .${pc['search-box']} { width: 220px; }
  .${pc['table-wrap']} { border-top: 1px solid ${palette.border}; overflow-x: auto; }
  .${pc.table} { width: 100%; border-collapse: collapse; font-size: 14px; }
  .${pc.table} th {
    height: 44px; padding: 0 12px; text-align: left; font-weight: 500; background: ${palette.tableHeader};
    border-bottom: 1px solid ${palette.border}; white-space: nowrap;
  }
  .${pc.table} td { height: 58px; padding: 0 12px; border-bottom: 1px solid #ececec; white-space: nowrap; }
  .${pc.table} td.${pc['wrap-cell']} { white-space: normal; min-width: 120px; }
  .${pc.table} tbody tr:hover td { background: #fafafa; }
  .${pc['check-cell']} { width: 36px; padding-left: 24px !important; }
  .${pc['check-cell']} input { width: 18px; height: 18px; margin: 0; accent-color: ${palette.purple}; cursor: pointer; }
  .${pc['name-cell']} { display: flex; align-items: center; gap: 10px; }
  .${pc.avatar} {
    display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px; border-radius: 50%;
    color: #fff; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; flex: none;
  }
  .${pc['sort-button']} {
    all: unset; display: inline-flex; align-items: center; gap: 4px; cursor: pointer; border-radius: 4px;
  }
  .${pc['sort-button']}:focus-visible { outline: 2px solid ${palette.purple}; outline-offset: 2px; }
  .${pc['name-button']} { all: unset; cursor: pointer; border-radius: 4px; }
  .${pc['name-button']}:hover { color: ${palette.purple}; text-decoration: underline; }
  .${pc['name-button']}:focus-visible { outline: 2px solid ${palette.purple}; outline-offset: 2px; }
  .${pc['status-pill']} {
    display: inline-flex; align-items: center; height: 24px; padding: 0 10px; border-radius: 12px;
    background: #fff4e0; color: #8a5300; font-size: 13px; font-weight: 500;
  }
  .${pc.muted} { color: ${palette.textSecondary}; }
  .${pc.empty} { padding: 56px 24px; text-align: center; color: ${palette.textSecondary}; }
  .${pc['empty-title']} { margin: 0 0 6px; color: ${palette.text}; font-size: 16px; font-weight: 600; }
  .${pc['skeleton-row']} { display: flex; align-items: center; gap: 24px; height: 58px; padding: 0 24px; border-bottom: 1px solid #ececec; }
  .${pc['skeleton-bar']} {
    height: 12px; border-radius: 6px; background: linear-gradient(90deg, #eeeeee 0%, #f6f6f6 50%, #eeeeee 100%);
    background-size: 200% 100%; animation: replica-shimmer 1.1s linear infinite;
  }
  @keyframes replica-shimmer { to { background-position: -200% 0; } }
  .${pc['toggle-row']} { display: flex; align-items: flex-start; gap: 12px; max-width: 640px; }
  .${pc['toggle-row']} input { width: 18px; height: 18px; margin: 2px 0 0; accent-color: ${palette.purple}; }

  .${pc.bare} {
    height: 100vh; overflow: auto; display: flex; align-items: flex-start; justify-content: center;
    background: ${palette.settingsColumn}; padding: 12vh 24px; box-sizing: border-box;
  }
  .${pc['bare-card']} {
    width: 400px; max-width: 100%; box-sizing: border-box; padding: 36px 36px 32px; background: #fff;
    border: 1px solid ${palette.border}; border-radius: 12px; box-shadow: 0 6px 24px rgba(20, 20, 40, 0.06);
  }
  .${pc['bare-logo']} { display: flex; align-items: center; gap: 8px; font-size: 18px; font-weight: 600; margin-bottom: 24px; }
  .${pc['bare-title']} { margin: 0 0 8px; font-size: 24px; font-weight: 600; }
  .${pc['bare-form']} { display: flex; flex-direction: column; gap: 14px; margin-top: 24px; }
  .${pc['bare-label']} { display: flex; flex-direction: column; gap: 6px; font-size: 13px; font-weight: 600; color: ${palette.textSecondary}; }
  .${pc['bare-input']} {
    height: 40px; padding: 0 12px; border: 1px solid ${palette.border}; border-radius: 8px; font: inherit; font-size: 15px;
    color: ${palette.text};
  }
  .${pc['bare-input']}:focus { outline: none; border-color: ${palette.purple}; box-shadow: 0 0 0 3px ${palette.purpleRing}; }
  .${pc['bare-card']} a { color: ${palette.purple}; font-weight: 500; }
`;

/** Adds the page stylesheet to <head>; returns its cleanup. */
export function injectPageStyles(doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.textContent = pageCss;
  doc.head.append(style);
  return () => style.remove();
}
