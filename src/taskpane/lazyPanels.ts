import { lazyPanel } from "./LazyPanel";

/**
 * The tabs' panels, each in a chunk of its own that webpack fetches the first time the tab opens,
 * so that the task pane's first render waits only for its frame (header and tabs).
 */

export const ParametersPanel = lazyPanel(() =>
  import(/* webpackChunkName: "parameters" */ "./parameters/ParametersPanel").then((m) => m.ParametersPanel),
);
export const ValidationPanel = lazyPanel(() =>
  import(/* webpackChunkName: "validation" */ "./validation/ValidationPanel").then((m) => m.ValidationPanel),
);
export const RankingPanel = lazyPanel(() => import(/* webpackChunkName: "ranking" */ "./ranking/RankingPanel").then((m) => m.RankingPanel));
export const PaymentsPanel = lazyPanel(() =>
  import(/* webpackChunkName: "payments" */ "./payments/PaymentsPanel").then((m) => m.PaymentsPanel),
);
export const SimulationPanel = lazyPanel(() =>
  import(/* webpackChunkName: "simulation" */ "./simulation/SimulationPanel").then((m) => m.SimulationPanel),
);
export const SharePanel = lazyPanel(() => import(/* webpackChunkName: "share-panel" */ "./share/SharePanel").then((m) => m.SharePanel));
