// The locator's public surface: find a tour target on a page we do not own (open shadow roots, portals,
// lazy rendering, re-renders). Everything that subscribes returns one cleanup function.
export { locateTarget } from './locateTarget';
export { waitForTarget, type WaitForTargetOptions } from './waitForTarget';
export { trackTarget, type TrackTargetOptions } from './trackTarget';
export {
  observeComposedTree,
  CHANGED_TEXT,
  CHANGED_TREE,
  CHANGED_NAMING,
  type ObserveComposedTreeOptions,
} from './observeComposedTree';
export { changeMayMatter, strategiesIn } from './changeFilter';
export { walkComposedTree, deepQueryAll, openShadowRootsIn, type WalkOptions } from './walkComposedTree';
export { composedParent, closestComposed, isComposedAncestor } from './composedParent';
export { getRole, rolesMatch } from './getRole';
export { getAccessibleName, getLabelTexts } from './getAccessibleName';
export { isVisibleInDom, type MeasureElement } from './isVisibleInDom';
export { domPlatform, resolvePlatform, type LocatorPlatform } from './platform';
export { foldWhitespace, textMatches } from './foldWhitespace';
export type {
  LocateHit,
  LocateMiss,
  LocateOptions,
  LocateResult,
  LocatorRoot,
  MissReason,
  StrategyMiss,
} from './types';
