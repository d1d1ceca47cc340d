import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { debounce } from '../../lib/debounce';

const DELAY = 250;

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('several edits within the delay are written once, with the last value', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.schedule('a');
    vi.advanceTimersByTime(100);
    d.schedule('ab');
    vi.advanceTimersByTime(100);
    d.schedule('abc');
    vi.advanceTimersByTime(DELAY - 1);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('abc');
    vi.advanceTimersByTime(10 * DELAY);
    expect(write).toHaveBeenCalledTimes(1);
  });

  test('typing that never pauses is still written every max wait, each time with the latest value', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY, 1_000);
    for (let i = 1; i <= 25; i++) {
      d.schedule(i);
      vi.advanceTimersByTime(100);
    }
    expect(write.mock.calls).toEqual([[10], [20]]);
    vi.advanceTimersByTime(DELAY);
    expect(write.mock.calls.at(-1)).toEqual([25]);
  });

  test('edits separated by more than the delay are each written', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.schedule(1);
    vi.advanceTimersByTime(DELAY);
    d.schedule(2);
    vi.advanceTimersByTime(DELAY);
    expect(write.mock.calls).toEqual([[1], [2]]);
  });

  test('flush() writes the pending value at once, and only once', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.schedule('draft');
    d.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('draft');
    vi.advanceTimersByTime(10 * DELAY);
    d.flush();
    expect(write).toHaveBeenCalledTimes(1);
  });

  test('pending() says whether a value waits to be written', () => {
    const d = debounce(vi.fn(), DELAY);
    expect(d.pending()).toBe(false);
    d.schedule('draft');
    expect(d.pending()).toBe(true);
    vi.advanceTimersByTime(DELAY);
    expect(d.pending()).toBe(false);
    d.schedule('again');
    d.cancel();
    expect(d.pending()).toBe(false);
  });

  test('cancel() drops the pending value', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.schedule('draft');
    d.cancel();
    vi.advanceTimersByTime(10 * DELAY);
    d.flush();
    expect(write).not.toHaveBeenCalled();
    // The debouncer still works after a cancel.
    d.schedule('next');
    vi.advanceTimersByTime(DELAY);
    expect(write).toHaveBeenCalledWith('next');
  });

  test('flush() with nothing pending writes nothing', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.flush();
    expect(write).not.toHaveBeenCalled();
  });

  test('a falsy value is still written', () => {
    const write = vi.fn();
    const d = debounce(write, DELAY);
    d.schedule(undefined);
    d.flush();
    d.schedule('');
    vi.advanceTimersByTime(DELAY);
    expect(write.mock.calls).toEqual([[undefined], ['']]);
  });
});
