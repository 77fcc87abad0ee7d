import { Icon } from './Icon'

/** The sign-in page's logo: the mark and the name. */
export function Logo() {
  return (
    <span className="heupfit-logo">
      <Icon />
      <span className="heupfit-logo__name">Heupfit</span>
    </span>
  )
}
