// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from './toast-provider';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('toasts', () => {
  it('takes away a toast by its key once it no longer holds, and leaves the others', async () => {
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
    await act(async () => toasts!.dismiss('start'));
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.']);
    // Gone already, or never shown: nothing happens.
    await act(async () => toasts!.dismiss('start'));
    expect(messages()).toEqual(['Tavla er flyttet til arkivet.']);
    root.unmount();
  });
});
