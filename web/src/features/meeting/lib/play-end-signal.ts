/** A short, soft two-tone chime for the end of the timer (only when the person has turned sound on). */
export function playEndSignal(): void {
  try {
    const context = new AudioContext();
    const gain = context.createGain();
    gain.gain.value = 0.15;
    gain.connect(context.destination);
    [0, 0.35].forEach((start, i) => {
      const tone = context.createOscillator();
      tone.frequency.value = i === 0 ? 880 : 660;
      tone.connect(gain);
      tone.start(context.currentTime + start);
      tone.stop(context.currentTime + start + 0.3);
    });
    setTimeout(() => void context.close(), 1000);
  } catch {
    // No audio available: the visual signal is the one that counts.
  }
}
