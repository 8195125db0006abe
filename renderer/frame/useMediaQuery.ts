import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Whether a CSS media query matches now, kept up to date while the component lives (a screen rotated, a window resized). */
export function useMediaQuery(query: string): Ref<boolean> {
  const list = window.matchMedia(query);
  const matches = ref(list.matches);
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches);
  list.addEventListener('change', update);
  onBeforeUnmount(() => list.removeEventListener('change', update));
  return matches;
}
