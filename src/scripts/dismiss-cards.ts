// Escape dismisses a mention's preview card without moving the pointer or focus
// (WCAG 1.4.13): the card itself is pure CSS; this only hides it until the pointer
// or the focus leaves the link.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return
  for (const link of document.querySelectorAll<HTMLElement>('.mention:hover, .mention:focus-visible')) {
    link.classList.add('card-dismissed')
    const reset = () => link.classList.remove('card-dismissed')
    link.addEventListener('mouseleave', reset, { once: true })
    link.addEventListener('blur', reset, { once: true })
  }
})
