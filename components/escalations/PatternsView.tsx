import { useEffect, useState } from 'react';
import type { Cluster } from '../../lib/patterns/clusters';
import type { PatternLibrary } from '../../lib/patterns/library';
import { useI18n } from '../i18n';
import { Unbroken } from '../Unbroken';
import { cx } from '../ui';
import type { PatternState } from '../usePatternLibrary';

const SHARED_SHOWN = 6;
// Thousands of members in the page took seconds to render and to leave: the first reported of each, the
// rest on request.
const MEMBERS_SHOWN = 10;
// Clustering thousands of open escalations takes a while: it runs in slices, the panel answering between.
const SLICE_MS = 12;

// The clusters last found for a library as it was: the tab opened again, with nothing written since, shows
// them at once instead of comparing every open escalation again.
const found = new WeakMap<PatternLibrary, { version: number; clusters: Cluster[] }>();
const foundFor = (library: PatternLibrary | undefined, version: number) => {
  const last = library && found.get(library);
  return last?.version === version ? last.clusters : undefined;
};

function useClusters({ library, version, progress }: PatternState) {
  const [state, setState] = useState<{ clusters?: Cluster[]; progress: number }>(() => {
    const clusters = foundFor(library, version);
    return clusters ? { clusters, progress: 1 } : { progress: 0 };
  });
  useEffect(() => {
    // Clusters of the newest escalations alone would be redrawn as the rest are indexed: they wait for all.
    if (!library || progress) return;
    const known = foundFor(library, version);
    if (known) {
      setState((s) => (s.clusters === known ? s : { clusters: known, progress: 1 }));
      return;
    }
    const steps = library.clusters();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          found.set(library, { version, clusters: step.value });
          setState({ clusters: step.value, progress: 1 });
          return;
        }
        if (performance.now() > until) {
          // Clusters on screen stay until the new ones are ready: the progress bar is not shown beside them,
          // and re-rendering thousands of members after every slice kept the panel from answering a click.
          setState((s) => (s.clusters ? s : { progress: step.value }));
          timer = setTimeout(slice, 0);
          return;
        }
      }
    };
    slice();
    return () => clearTimeout(timer);
  }, [library, version, progress]);
  return state;
}

// Clusters of similar open escalations, largest (most customers) first; a member opens its detail.
export function PatternsView({
  patterns,
  onOpen,
  onShown,
  expanded,
  onExpand,
}: {
  patterns: PatternState;
  onOpen: (id: string) => void;
  /** Clusters (by their first member) shown whole: kept by the view, so a visit to a member leaves them so. */
  expanded: ReadonlySet<string>;
  onExpand: (cluster: string, whole: boolean) => void;
  /** Called once the clusters (or why there are none) are on screen: a member can then get focus. */
  onShown: () => void;
}) {
  const { t, locale } = useI18n();
  const { clusters, progress } = useClusters(patterns);
  const { library } = patterns;
  const shown = !!patterns.error || (!!clusters && !!library && !patterns.progress);
  useEffect(() => {
    if (shown) onShown();
  }, [shown, onShown]);
  if (patterns.error) {
    return (
      <p className={cx('notice', 'error')} role="alert">
        {t('patterns_failed', patterns.error)}
      </p>
    );
  }
  if (!clusters || !library || patterns.progress) {
    return (
      <p role="status">
        {t('patterns_finding')} <progress value={progress} max={1} aria-label={t('patterns_finding')} />
      </p>
    );
  }
  if (!clusters.length) return <p className={cx('muted')}>{t('patterns_noClusters')}</p>;
  return (
    <ol className={cx('clusters')} aria-label={t('patterns_clusters')}>
      {clusters.map((c) => {
        const key = c.members[0]?.id ?? '';
        const whole = expanded.has(key);
        return (
          <li key={key}>
            <p>
              <strong>
                {c.customers > 1
                  ? t('patterns_clusterHead', String(c.customers), String(c.members.length))
                  : t(c.customers ? 'patterns_clusterHeadOne' : 'patterns_clusterHeadNone', String(c.members.length))}
              </strong>
              {c.unattributed ? ` ${t('patterns_clusterUnattributed', String(c.unattributed))}` : ''}
              {c.shared.length ? (
                <span className={cx('evidence')}>
                  {t(
                    'patterns_clusterShared',
                    c.shared
                      .slice(0, SHARED_SHOWN)
                      .map((f) => library.describe(f, locale))
                      .join(t('listSeparator')),
                  )}
                </span>
              ) : null}
            </p>
            <ul className={cx('records')}>
              {(whole ? c.members : c.members.slice(0, MEMBERS_SHOWN)).map((m) => (
                <li key={m.id} className={cx('record')}>
                  <button type="button" data-record={m.id} onClick={() => onOpen(m.id)}>
                    <strong>{m.customerName || t('followup_noCustomer')}</strong> —{' '}
                    {m.summary ? <Unbroken text={m.summary} /> : t('followup_noSummary')}
                  </button>
                </li>
              ))}
            </ul>
            {c.members.length > MEMBERS_SHOWN ? (
              <button type="button" aria-expanded={whole} onClick={() => onExpand(key, !whole)}>
                {whole
                  ? t('patterns_clusterFewer', String(MEMBERS_SHOWN))
                  : t('patterns_clusterAll', String(c.members.length))}
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
