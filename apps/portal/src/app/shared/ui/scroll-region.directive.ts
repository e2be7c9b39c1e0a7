import { afterNextRender, DestroyRef, Directive, ElementRef, inject, Renderer2 } from '@angular/core';

/**
 * A horizontally scrolling table container (`.table-wrap` with `appScrollRegion`) becomes focusable while its content
 * overflows, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1).
 */
@Directive({ selector: '[appScrollRegion]' })
export class ScrollRegionDirective {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const renderer = inject(Renderer2);
    const destroyRef = inject(DestroyRef);
    const update = () => {
      if (element.scrollWidth > element.clientWidth + 1) renderer.setAttribute(element, 'tabindex', '0');
      else renderer.removeAttribute(element, 'tabindex');
    };
    afterNextRender(() => {
      update();
      const observer = new ResizeObserver(update);
      observer.observe(element);
      const table = element.querySelector('table');
      if (table) observer.observe(table);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
