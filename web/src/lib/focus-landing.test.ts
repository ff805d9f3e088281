// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchFocusLanding } from './focus-landing';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
/** Past the change and the frame in which the keyboard is put back. */
const settled = async () => {
  await nextFrame();
  await nextFrame();
};

/** A meeting bar with a button, and a panel (heading, form with a submit button) below it. */
function page() {
  document.body.innerHTML = `
    <section id="tools">
      <div id="bar"><button id="present" data-focus-landing>Presenter for alle</button></div>
      <div id="panels">
        <section id="vote"><h2 id="heading" tabindex="-1" data-focus-landing>Prikkstemming</h2>
          <form id="form"><button id="start">Start stemming</button></form>
        </section>
      </div>
    </section>
    <button id="elsewhere">Et annet sted</button>`;
  const get = (id: string) => document.getElementById(id)!;
  const stop = watchFocusLanding(get('tools'));
  stops.push(stop);
  return get;
}
const stops: Array<() => void> = [];

describe('watchFocusLanding', () => {
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    document.body.innerHTML = '';
  });

  it('puts the keyboard on the panel’s heading when the button it was on goes away with its form', async () => {
    const get = page();
    get('start').focus();
    get('form').remove();
    await settled();
    expect(document.activeElement?.id).toBe('heading');
  });

  it('goes further up when the panel itself goes away: to the first landing left in the bar', async () => {
    const get = page();
    get('start').focus();
    get('vote').remove();
    await settled();
    expect(document.activeElement?.id).toBe('present');
  });

  it('leaves focus where something else put it in the same change', async () => {
    const get = page();
    get('start').focus();
    get('form').remove();
    get('elsewhere').focus();
    await settled();
    expect(document.activeElement?.id).toBe('elsewhere');
  });

  it('does not pull the keyboard back after the person has left the tools', async () => {
    const get = page();
    get('start').focus();
    get('start').blur();
    await Promise.resolve();
    get('form').remove();
    await settled();
    expect(document.activeElement).toBe(document.body);
  });

  it('does nothing when what goes away did not have the keyboard', async () => {
    const get = page();
    get('elsewhere').focus();
    get('form').remove();
    await settled();
    expect(document.activeElement?.id).toBe('elsewhere');
  });
});
