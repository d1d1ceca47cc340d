import { Component, type ErrorInfo, type ReactNode } from 'react';
import { cx } from './ui';

interface State {
  error?: Error;
}

// Drafts are saved as they are typed, so a render failure loses nothing: say so and offer a reload.
// This sits outside the translations (they may be what failed), so it speaks both languages.
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Escalation Brief panel error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main>
        <p className={cx('notice', 'error')} role="alert">
          Something went wrong in the panel: {this.state.error.message}. Your draft was saved as you typed. /
          面板出错，你的草稿在输入时已保存。
        </p>
        <button type="button" onClick={() => location.reload()}>
          Reload the panel / 重新加载面板
        </button>
      </main>
    );
  }
}
