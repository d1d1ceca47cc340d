import { useCallback, useEffect, useRef, useState } from 'react';
import type { IndexRow } from '../../lib/escalation/migrate';
import { landingRow, leftFilter } from '../../lib/followup/back-to-list';
import type { RecordFilter } from '../../lib/followup/list';
import { isOpen, severityOf } from '../../lib/followup/status';
import { useI18n } from '../i18n';

const rowsIn = (view: HTMLElement | null) => [
  ...(view?.querySelectorAll<HTMLButtonElement>('button[data-record]') ?? []),
];

/**
 * Back from an escalation, keyboard focus lands on its row in the view it was opened from (the list or
 * Patterns); when that no longer shows it, on the row next to it, and the list says which filter left it
 * out. With no row to land on, on the view's tab.
 */
export function useBackToList({
  openId,
  setOpenId,
  tab,
  records,
  filter,
}: {
  openId: string | undefined;
  setOpenId: (id: string | undefined) => void;
  tab: 'list' | 'patterns';
  records: IndexRow[] | undefined;
  filter: RecordFilter;
}) {
  const { t, L } = useI18n();
  const view = useRef<HTMLElement>(null);
  const backFrom = useRef<{ id: string; among: string[] }>(undefined);
  const among = useRef<string[]>([]);
  const [note, setNote] = useState('');

  const open = (id: string) => {
    among.current = rowsIn(view.current).map((b) => b.dataset.record ?? '');
    setNote('');
    setOpenId(id);
  };
  const back = (id: string) => {
    backFrom.current = { id, among: among.current };
    setOpenId(undefined);
  };

  const land = useCallback(() => {
    const from = backFrom.current;
    if (!from || !view.current) return;
    backFrom.current = undefined;
    const rows = rowsIn(view.current);
    const to = landingRow(
      from.id,
      from.among,
      rows.map((b) => b.dataset.record ?? ''),
    );
    (
      rows.find((b) => b.dataset.record === to) ??
      view.current.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')
    )?.focus();
    const row = to !== from.id ? records?.find((r) => r.id === from.id) : undefined;
    const summary = row?.summary || t('followup_noSummary');
    if (tab === 'patterns') {
      if (row && !isOpen(row)) setNote(t('esc_left_patterns', summary));
      return;
    }
    const left = row && leftFilter(row, filter);
    if (left === 'status' && row && filter.status !== 'all') {
      const shown = t(filter.status === 'open' ? 'esc_statusOpen' : 'esc_statusClosed');
      setNote(t(`esc_left_${row.status.replace('-', '')}`, summary, shown));
    } else if (left === 'severity' && row && filter.severity) {
      setNote(t('esc_left_severity', summary, L.severities[severityOf(row)], L.severities[filter.severity]));
    }
  }, [tab, records, filter, t, L]);

  // Patterns are found again once shown, so that view calls land when its clusters are on screen.
  useEffect(() => {
    if (!openId && tab === 'list' && records) land();
  }, [openId, tab, records, land]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter or the other view makes the note stale
  useEffect(() => {
    setNote('');
  }, [filter, tab]);

  return { view, open, back, land, note };
}
