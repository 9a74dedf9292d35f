const BEEP_HZ = 880;
const BEEP_SECONDS = 0.35;

/** A short soft tone made with Web Audio, so there is no sound file to download. */
export const beep = (seconds = BEEP_SECONDS): void => {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = BEEP_HZ;
    gain.gain.setValueAtTime(0.0001, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.3, context.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + seconds);
    oscillator.onended = () => void context.close();
  } catch {
    // Audio blocked by the browser: the visual cue remains.
  }
};
