import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelView } from '../../components/escalations/usePanelView';
import { requestShowEscalation, requestShowEscalations } from '../../lib/platform/show-escalation';

beforeEach(() => fakeBrowser.reset());

test('a reminder of one escalation opens it; the summary of several then shows the list', async () => {
  const { result } = renderHook(() => usePanelView());
  expect(result.current.view).toBe('ticket');
  await act(() => requestShowEscalation('esc-1', 'log'));
  await waitFor(() => expect(result.current.focus).toEqual({ id: 'esc-1', action: 'log' }));
  expect(result.current.view).toBe('escalations');
  await act(() => requestShowEscalations());
  await waitFor(() => expect(result.current.focus).toBeUndefined());
  expect(result.current.view).toBe('escalations');
});

test('a panel opened right after the summary was clicked shows the list', async () => {
  await requestShowEscalations();
  const { result } = renderHook(() => usePanelView());
  await waitFor(() => expect(result.current.view).toBe('escalations'));
});
