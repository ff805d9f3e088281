// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from './toast-provider';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('toasts', () => {
  it('shows a keyed toast once however often it is shown, takes it away by its key, and leaves the others', async () => {
    let toasts: ReturnType<typeof useToast> | null = null;
    function Page() {
      const toast = useToast();
      useEffect(() => void (toasts = toast));
      return null;
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <ToastProvider>
          <Page />
        </ToastProvider>,
      ),
    );
    const messages = () => [...container.querySelectorAll('.toast__message')].map((element) => element.textContent);
    await act(async () => {
      toasts!.show({ message: 'Tavla er flyttet til arkivet.' });
      toasts!.show({ key: 'start', message: 'Diagrammet åpnes ved starten.' });
    });
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.', 'Diagrammet åpnes ved starten.']);
    // Shown again with its key (the diagram view opened again): it replaces the one there, not a second.
    await act(async () => toasts!.show({ key: 'start', message: 'Diagrammet åpnes der du var sist.' }));
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.', 'Diagrammet åpnes der du var sist.']);
    await act(async () => toasts!.dismiss('start'));
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.']);
    // Gone already, or never shown: nothing happens.
    await act(async () => toasts!.dismiss('start'));
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.']);
    root.unmount();
  });
});
