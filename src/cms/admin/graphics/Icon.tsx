/** Heupfit's mark: an H whose bar bends like a hip joint (the same as src/app/icon.svg). */
export function Icon() {
  return (
    <svg className="heupfit-icon" viewBox="0 0 64 64" width="25" height="25" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0c6661" />
      <path
        d="M19 15v34M45 15v34M19 34c7-8 19-8 26 0"
        fill="none"
        stroke="#fff"
        strokeWidth="7"
        strokeLinecap="round"
      />
    </svg>
  )
}
