// Runs in: renderer. A crash in one screen shows a message instead of a blank window.
import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    if (this.state.failed) {
      return (
        <div className="banner banner-error" role="alert">
          {i18next.t('errors.boundary')}
        </div>
      );
    }
    return this.props.children;
  }
}
