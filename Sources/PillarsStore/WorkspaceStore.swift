import PillarsCore
import PillarsJSON
