const HomePage = () => (
  <section aria-labelledby="latest">
    <h1 id="latest">最新报道</h1>
    <p className="empty">暂无已发布的报道。</p>
  </section>
)

export default HomePage
