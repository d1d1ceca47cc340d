import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from './i18n';
import { cx } from './ui';

interface Props {
  children: ReactNode;
  /** What the part draws from: once it changes, the part is drawn again rather than its failure kept. */
  from: unknown;
}

interface State {
  error?: Error;
  /** Boxed, so that a part drawn from nothing (undefined) is told apart from one not failed yet. */
  failedFrom?: { value: unknown };
}

/**
 * One part of the panel that fails to draw takes only itself down: the draft's other steps stay usable. Without
 * this, the panel-wide boundary replaced everything, and reloading drew the same draft into the same failure.
 */
export class PartBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return state.error && state.failedFrom && props.from !== state.failedFrom.value
      ? { error: undefined, failedFrom: undefined }
      : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Escalation Brief panel part error', error, info.componentStack);
    this.setState({ failedFrom: { value: this.props.from } });
  }

  private readonly retry = () => this.setState({ error: undefined, failedFrom: undefined });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PartFailed error={error.message} onRetry={this.retry} />;
  }
}

function PartFailed({ error, onRetry }: { error: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className={cx('notice', 'error')} role="alert">
      <p>{t('app_partFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('app_drawAgain')}
      </button>
      <details>
        <summary>{t('app_errorForSupport')}</summary>
        <code>{error}</code>
      </details>
    </div>
  );
}
