/**
 * If part of the app fails to load (a damaged cache, an interrupted update),
 * say so plainly and offer a reload, instead of waiting forever.
 */
import { Component, type ReactNode } from 'react';
import { Unavailable } from '../features/unavailable/Unavailable';

export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <Unavailable reason="load-failed" canReload /> : this.props.children;
  }
}
