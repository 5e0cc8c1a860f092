import { describe, expect, it } from 'vitest'
import { parseSpeaker } from '../../../src/split/parseSpeaker'

describe('parseSpeaker', () => {
  it('should split titles at 、 and the name at the space', () => {
    expect(parseSpeaker('省人大代表、西宁市常委、大通县委书记 刘波')).toEqual({ name: '刘波', titles: ['省人大代表', '西宁市常委', '大通县委书记'] })
  })
  it('should find the boundary without a space from title endings and surnames', () => {
    expect(parseSpeaker('省人大代表、城东区委副书记、代区长薛翔青')?.name).toBe('薛翔青')
    expect(parseSpeaker('省政协委员、城西区区长欧阳春明')?.name).toBe('欧阳春明')
    expect(parseSpeaker('省人大代表、大通县副县长司马红')?.name).toBe('司马红')
    expect(parseSpeaker('省人大代表、乐都区委副书记诸葛文华')?.name).toBe('诸葛文华')
  })
  it('should read Tibetan names and names with a middle dot', () => {
    expect(parseSpeaker('省人大代表、玛沁县委书记才让多杰')?.name).toBe('才让多杰')
    expect(parseSpeaker('省人大代表、格尔木市人大常委会主任索南达杰')?.name).toBe('索南达杰')
    expect(parseSpeaker('省人大代表、化隆县委常委马·阿不都')?.name).toBe('马·阿不都')
  })
  it('should mark an undecidable boundary with a null name rather than guess', () => {
    expect(parseSpeaker('省人大代表、玛多县委副书记切本加')).toEqual({ name: null, titles: ['省人大代表', '玛多县委副书记切本加'] })
  })
  it('should not read headlines as speaker lines', () => {
    expect(parseSpeaker('聚焦聚力乘势而上 推动高质量发展')).toBeNull()
    expect(parseSpeaker('县区委书记谈政府工作报告')).toBeNull()
    expect(parseSpeaker('一线代表谈发展')).toBeNull()
    // a question word is never part of a name, though 关 opens surnames
    expect(parseSpeaker('我省十八大代表关注什么')).toBeNull()
  })
})
