import type { Article } from '../../../../payload-types'

/** The article's photo at its own aspect ratio (width and height set: no layout shift), with caption and credit. */
export const HeroImage = ({ image }: { image: Article['heroImage'] }) => {
  const media = typeof image === 'object' && image ? image : null
  if (!media?.url || !media.width || !media.height) return null
  const card = media.sizes?.card
  const src = card?.url && card.width && card.height ? card : { url: media.url, width: media.width, height: media.height }
  return (
    <figure className="hero">
      <img src={src.url!} width={src.width!} height={src.height!} alt={media.alt} decoding="async" fetchPriority="high" />
      {(media.caption || media.credit) && (
        <figcaption>
          {media.caption}
          {media.credit && <span className="hero__credit">{media.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
